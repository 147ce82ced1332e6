@NullMarked
package dev.migrate.internal.script;

import org.jspecify.annotations.NullMarked;
