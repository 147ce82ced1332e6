@NullMarked
package dev.migrate.internal.script.sql;

import org.jspecify.annotations.NullMarked;
