@NullMarked
package dev.migrate.internal.fleet;

import org.jspecify.annotations.NullMarked;
