@NullMarked
package dev.migrate.bench.boot;

import org.jspecify.annotations.NullMarked;
