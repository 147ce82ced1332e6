@NullMarked
package dev.migrate.sample;

import org.jspecify.annotations.NullMarked;
