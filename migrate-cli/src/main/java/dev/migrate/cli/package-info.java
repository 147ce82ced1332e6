@NullMarked
package dev.migrate.cli;

import org.jspecify.annotations.NullMarked;
