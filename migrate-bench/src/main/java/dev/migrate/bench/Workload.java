package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * N revisions, each one CREATE TABLE, written once in every tool's own format: migrate's SQL
 * revisions, Flyway's versioned migrations, one Liquibase formatted-SQL changelog. The statements
 * are the same strings everywhere; the plain-JDBC baseline runs {@link #statements()} directly.
 *
 * @param size       how many revisions
 * @param directory  the root that holds the three formats
 */
public record Workload(int size, Path directory) {

    public static final String LIQUIBASE_CHANGELOG = "changelog.sql";

    /** Writes the three formats below {@code root}/n{size}; reuses them when already there. */
    public static Workload write(Path root, int size) {
        Workload workload = new Workload(size, root.resolve("n" + size));
        try {
            if (Files.isDirectory(workload.directory())) {
                return workload;
            }
            Files.createDirectories(workload.migrateDirectory());
            Files.createDirectories(workload.flywayDirectory());
            Files.createDirectories(workload.liquibaseDirectory());
            StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
            for (int i = 1; i <= size; i++) {
                String statement = createTable(i);
                Files.writeString(
                        workload.migrateDirectory().resolve(revisionId(i) + "_create_" + table(i) + ".sql"),
                        "-- revision: " + revisionId(i) + "\n"
                                + (i == 1 ? "" : "-- down_revision: " + revisionId(i - 1) + "\n")
                                + "-- message: create " + table(i) + "\n"
                                + "-- migrate:upgrade\n" + statement + ";\n"
                                + "-- migrate:downgrade\nDROP TABLE " + table(i) + ";\n");
                Files.writeString(
                        workload.flywayDirectory().resolve("V" + i + "__create_" + table(i) + ".sql"),
                        statement + ";\n");
                changelog
                        .append("\n--changeset bench:")
                        .append(i)
                        .append('\n')
                        .append(statement)
                        .append(";\n")
                        .append("--rollback DROP TABLE ")
                        .append(table(i))
                        .append(";\n");
            }
            Files.writeString(workload.liquibaseDirectory().resolve(LIQUIBASE_CHANGELOG), changelog);
            return workload;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + size + " revisions below " + root, e);
        }
    }

    public Path migrateDirectory() {
        return directory.resolve("migrate");
    }

    public Path flywayDirectory() {
        return directory.resolve("flyway");
    }

    public Path liquibaseDirectory() {
        return directory.resolve("liquibase");
    }

    /** The DDL of every revision, in order. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            statements.add(createTable(i));
        }
        return statements;
    }

    static String revisionId(int i) {
        return String.format("%012x", 0xbe0000000000L + i);
    }

    static String table(int i) {
        return String.format("t_%05d", i);
    }

    static String createTable(int i) {
        return "CREATE TABLE " + table(i)
                + " (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP)";
    }
}
