package dev.migrate.cli;

import java.nio.file.Path;

/**
 * What migrate.properties says about {@code migrate fleet} ({@code tenants_*} keys); each part is
 * {@code null} when the file does not say, and the command line's options win over it.
 *
 * @param file            tenants file, resolved against the file's folder
 * @param query           query naming the tenants
 * @param pattern         LIKE pattern over the schemas (databases on MariaDB/MySQL)
 * @param parallel        tenants run at once
 * @param continueOnError whether the other tenants run after one failed
 */
record FleetDefaults(Path file, String query, String pattern, Integer parallel, Boolean continueOnError) {

    /** How many tenant sources the file names (one is expected when the command line names none). */
    int sources() {
        return (file != null ? 1 : 0) + (query != null ? 1 : 0) + (pattern != null ? 1 : 0);
    }
}
