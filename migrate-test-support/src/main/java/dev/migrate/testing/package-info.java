@NullMarked
package dev.migrate.testing;

import org.jspecify.annotations.NullMarked;
