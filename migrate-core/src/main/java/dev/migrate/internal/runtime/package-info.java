@NullMarked
package dev.migrate.internal.runtime;

import org.jspecify.annotations.NullMarked;
