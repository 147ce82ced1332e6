@NullMarked
package dev.migrate.cli.liquibase;

import org.jspecify.annotations.NullMarked;
