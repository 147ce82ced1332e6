package dev.migrate.internal.importer.flyway;

import java.nio.file.Path;

/**
 * A Flyway script found in a location, with the checksum Flyway records for it.
 *
 * @param name     its name as Flyway reads it
 * @param path     the file
 * @param text     its content (empty for a Java migration, whose body cannot be carried over)
 * @param checksum Flyway's checksum of a SQL script; {@code null} for a Java migration
 */
record FlywayScript(FlywayScriptName name, Path path, String text, Integer checksum) {}
