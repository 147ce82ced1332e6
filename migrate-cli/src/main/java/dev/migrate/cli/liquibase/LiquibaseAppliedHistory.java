package dev.migrate.cli.liquibase;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code DATABASECHANGELOG} and finds the revision the database stands at. Applied changesets
 * are matched by id, author and file, the key Liquibase itself uses; their MD5 checksums are not
 * recomputed (Liquibase's normalisation of each change type is its own), so an edited changeset is
 * not detected here. Every applied changeset must be imported, and the applied ones must be the
 * start of the chain; anything else is refused with the list.
 */
final class LiquibaseAppliedHistory {

    private LiquibaseAppliedHistory() {}

    static String target(Connection connection, String table, LiquibaseImport imported) {
        Set<String> applied = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, AUTHOR, FILENAME, EXECTYPE FROM " + table + " ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                String key = LiquibaseImport.key(rows.getString(1), rows.getString(2), rows.getString(3));
                String label =
                        "changeset " + rows.getString(1) + " by " + rows.getString(2) + " in " + rows.getString(3);
                String type = rows.getString(4);
                if ("FAILED".equalsIgnoreCase(type)) {
                    problems.add(label + " failed");
                } else if (!imported.keys().containsKey(key)) {
                    problems.add(label + " was applied but is not in the imported changelogs");
                } else {
                    applied.add(key);
                }
            }
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not read Liquibase's changelog table " + table + ": " + e.getMessage()
                            + ". --stamp needs the database Liquibase manages; pass --table when it used another name.",
                    e);
        }
        String target = null;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> changeSet : imported.keys().entrySet()) {
            if (!applied.contains(changeSet.getKey())) {
                missing.add(changeSet.getValue());
            } else if (missing.isEmpty()) {
                target = changeSet.getValue();
            } else {
                problems.add(changeSet.getValue() + " was applied after changesets that were not: "
                        + String.join(", ", missing) + " (run 'liquibase update' first)");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(
                    ErrorKind.IMPORT_MISMATCH,
                    "The database's Liquibase history does not match the imported changelogs, so "
                            + "it was not stamped:\n  " + String.join("\n  ", problems));
        }
        return target;
    }
}
