@NullMarked
package dev.migrate.internal.autogenerate.compare;

import org.jspecify.annotations.NullMarked;
