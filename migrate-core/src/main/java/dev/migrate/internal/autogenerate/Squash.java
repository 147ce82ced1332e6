package dev.migrate.internal.autogenerate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.internal.runtime.MigrationRunner;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code squash}: one revision that replaces every revision from base to a given one. Its upgrade
 * is read, not folded: the originals run on a scratch schema of the same server up to the end of
 * the range, the schema they leave is reflected and compared with an empty one, so raw SQL and
 * Operations-API revisions squash alike and the result is exactly what the originals build. Its
 * downgrade is the exact reverse, which drops everything in reverse dependency order.
 */
public final class Squash {

    /**
     * What {@code squash} writes.
     *
     * @param last           the revision the range ends at
     * @param replaces       the ids the squash stands for, oldest first, ending with {@code last}
     *                       (the revisions of earlier squashes in the range included)
     * @param branchLabels   the branch labels declared inside the range, carried by the squash
     * @param diff           the operations that create the schema at {@code last}
     * @param notCarried     what the originals leave that the squash does not create: rows in a
     *                       table, views, functions and procedures (e.g. {@code rows in tag})
     */
    public record Plan(
            String last, List<String> replaces, Set<String> branchLabels, Diff diff, List<String> notCarried) {}

    private Squash() {}

    /**
     * The range base..{@code upTo} and the operations that build its schema, read from a scratch
     * schema on the configured database's server.
     *
     * @throws BadInputException when {@code upTo} names nothing, or a revision outside the range
     *         branches off inside it
     */
    public static Plan plan(Migrate migrate, String upTo) {
        if (migrate.dataSource() == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "squash builds the range on a scratch schema of a database, and none is"
                            + " configured: give a URL (url / MIGRATE_URL / --url) or a DataSource.");
        }
        RevisionGraph graph = GraphRevisions.graphOf(migrate.revisions());
        GraphRevision last = graph.resolveOne(upTo)
                .orElseThrow(() -> new BadInputException(
                        ErrorKind.BAD_USAGE, "squash --up-to needs a revision; '" + upTo + "' names base"));
        Set<String> range = graph.ancestorsOf(List.of(last.id()));
        if (range.size() < 2) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "Nothing to squash: " + last.id() + " has no ancestors");
        }
        checkNothingBranchesOffInside(graph, range, last.id());
        List<String> replaces = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (GraphRevision revision : graph.revisions()) {
            if (range.contains(revision.id())) {
                replaces.addAll(revision.replaces());
                replaces.add(revision.id());
                labels.addAll(revision.ownBranchLabels());
            }
        }
        try (ScratchSchema scratch = ScratchSchema.create(migrate.dataSource())) {
            Map<String, RevisionScript> scripts = new LinkedHashMap<>();
            migrate.scripts().forEach(script -> scripts.put(script.id(), script));
            MigrateSettings scratchSettings = MigrateSettings.defaults()
                    .withLocations(migrate.settings().locations())
                    .withLockTimeout(migrate.settings().lockTimeout())
                    .withValidateChecksums(false);
            try {
                new MigrationRunner(scratch.dataSource(), scratchSettings, graph, scripts, List.of())
                        .upgrade(last.id());
            } catch (MigrateException e) {
                throw new MigrateException(
                        ErrorKind.STATEMENT_FAILED,
                        "squash upgrades a scratch schema to " + last.id() + " to read the schema"
                                + " the range builds; that upgrade failed, so nothing was written. " + e.getMessage(),
                        e);
            }
            try (Connection connection = scratch.dataSource().getConnection()) {
                SchemaModel built = scratch.dialect().reflector().reflect(connection, ReflectionFilter.defaults());
                Diff diff =
                        Autogenerate.compare(SchemaModel.empty(), built, scratch.dialect(), CompareOptions.defaults());
                List<String> notCarried = new ArrayList<>(tablesWithRows(connection, built));
                notCarried.addAll(objectsOutsideTheModel(connection, scratch.isCatalog()));
                return new Plan(last.id(), replaces, labels, diff, notCarried);
            }
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR, "Could not read the schema the range builds: " + e.getMessage(), e);
        }
    }

    /** The squashed revision's file. */
    public static String render(Plan plan, RevisionInfo info, RevisionFormat format, Dialect dialect) {
        return Autogenerate.render(plan.diff(), info, format, dialect);
    }

    /**
     * A revision outside the range whose parent lies inside it (not at its end) needs a state the
     * squash never records; it must be merged first or included.
     */
    private static void checkNothingBranchesOffInside(RevisionGraph graph, Set<String> range, String last) {
        for (GraphRevision revision : graph.revisions()) {
            if (range.contains(revision.id())) {
                continue;
            }
            for (String parent : revision.downRevisions()) {
                if (range.contains(parent) && !parent.equals(last)) {
                    throw new BadInputException(
                            ErrorKind.BAD_USAGE,
                            "Revision " + revision.id() + " branches off " + parent + ", inside the"
                                    + " range base.." + last
                                    + ", and would lose its parent. Merge its branch into the range"
                                    + " first, or squash up to a revision that includes it");
                }
            }
        }
    }

    /** Views and routines are not part of the schema model, so the squash cannot create them. */
    private static List<String> objectsOutsideTheModel(Connection connection, boolean catalog) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        String catalogName = catalog ? connection.getCatalog() : null;
        String schemaName = catalog ? null : connection.getSchema();
        try (ResultSet views = metaData.getTables(catalogName, schemaName, "%", new String[] {"VIEW"})) {
            while (views.next()) {
                found.add("view " + views.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> routines = new TreeSet<>();
        try (ResultSet functions = metaData.getFunctions(catalogName, schemaName, "%")) {
            while (functions.next()) {
                routines.add("function " + functions.getString("FUNCTION_NAME").toLowerCase(Locale.ROOT));
            }
        }
        try (ResultSet procedures = metaData.getProcedures(catalogName, schemaName, "%")) {
            while (procedures.next()) {
                String name = procedures.getString("PROCEDURE_NAME").toLowerCase(Locale.ROOT);
                if (!routines.contains("function " + name)) {
                    routines.add("procedure " + name);
                }
            }
        }
        found.addAll(routines);
        return found;
    }

    /** Seed rows do not survive reflection; the command says which tables had some. */
    private static List<String> tablesWithRows(Connection connection, SchemaModel built) throws SQLException {
        List<String> filled = new ArrayList<>();
        Dialect dialect = Dialect.of(connection);
        try (Statement statement = connection.createStatement()) {
            for (Table table : built.tables()) {
                try (ResultSet rows =
                        statement.executeQuery("SELECT 1 FROM " + dialect.identifier(table.name()) + " LIMIT 1")) {
                    if (rows.next()) {
                        filled.add("rows in " + table.name());
                    }
                }
            }
        }
        return filled;
    }
}
