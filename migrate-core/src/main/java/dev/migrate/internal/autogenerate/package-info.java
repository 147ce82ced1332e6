@NullMarked
package dev.migrate.internal.autogenerate;

import org.jspecify.annotations.NullMarked;
