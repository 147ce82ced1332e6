@NullMarked
package dev.migrate.internal.lint;

import org.jspecify.annotations.NullMarked;
