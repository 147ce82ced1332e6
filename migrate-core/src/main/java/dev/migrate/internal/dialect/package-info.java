@NullMarked
package dev.migrate.internal.dialect;

import org.jspecify.annotations.NullMarked;
