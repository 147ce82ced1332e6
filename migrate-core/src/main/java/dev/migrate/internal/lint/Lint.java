package dev.migrate.internal.lint;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a {@link Migrate}'s revisions: by default the pending ones against its database (sizes
 * from the catalog); with a dialect and no range, offline, every revision from base to the heads.
 */
public final class Lint {

    private final Migrate migrate;

    public Lint(Migrate migrate) {
        this.migrate = migrate;
    }

    /**
     * @param range   {@code start:end} (either may be empty: base, heads), or {@code null} for the
     *                pending revisions (online) or all of them (offline)
     * @param dialect the dialect to lint for without a database, or {@code null} for the database's
     */
    public LintReport run(String range, String dialect) {
        return run(range, dialect, null);
    }

    /**
     * As {@link #run(String, String)}, judging drops and renames against {@code previous}: the
     * model of the release still serving during the deploy, or {@code null} when not known.
     */
    public LintReport run(String range, String dialect, PreviousModel previous) {
        long threshold = migrate.settings().lintLargeTableRows();
        if (dialect != null) {
            Dialect named = Dialect.named(dialect);
            List<RevisionScript> scripts = range == null ? inRange(":") : inRange(range);
            return new LintReport(
                    named.name(), new RevisionLinter(named, TableSizes.unknown(), threshold, previous).lint(scripts));
        }
        if (migrate.dataSource() == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "lint needs a database to find the pending revisions and table sizes; give a"
                            + " URL (--url, MIGRATE_URL or url in migrate.properties), or --dialect NAME to lint offline");
        }
        List<RevisionScript> scripts = range == null ? migrate.pending() : inRange(range);
        try (Connection connection = migrate.dataSource().getConnection()) {
            Dialect live = Dialect.of(connection);
            TableSizes sizes = TableSizes.read(connection, live);
            return new LintReport(live.name(), new RevisionLinter(live, sizes, threshold, previous).lint(scripts));
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR, "lint could not read table sizes: " + e.getMessage(), e);
        }
    }

    /** The revisions an upgrade from {@code start} (base when empty) to {@code end} (heads when empty) runs. */
    private List<RevisionScript> inRange(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new BadInputException(
                    ErrorKind.BAD_TARGET,
                    "lint's range '" + range + "' is not [start]:[end], e.g. abc123:head or :heads");
        }
        String start = range.substring(0, colon).strip();
        String end = range.substring(colon + 1).strip();
        RevisionGraph graph = GraphRevisions.graphOf(migrate.revisions());
        List<String> from = start.isEmpty() || start.equalsIgnoreCase("base") ? List.of() : graph.resolve(start);
        List<RevisionScript> scripts = new ArrayList<>();
        for (MigrationStep step : graph.upgradeSteps(from, end.isEmpty() ? "heads" : end)) {
            if (!step.isStamp()) {
                migrate.script(step.revision().id()).ifPresent(scripts::add);
            }
        }
        return scripts;
    }
}
