@NullMarked
package dev.migrate.internal.command;

import org.jspecify.annotations.NullMarked;
