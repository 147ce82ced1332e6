@NullMarked
package dev.migrate.bench;

import org.jspecify.annotations.NullMarked;
