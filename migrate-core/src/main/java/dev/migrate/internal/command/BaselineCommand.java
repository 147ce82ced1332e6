package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.MigrationRunner;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.SqlRevisionParser;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import dev.migrate.schema.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code baseline}: adopts a database made by hand (or by Hibernate's {@code ddl-auto}). It
 * reflects the live schema, writes a first revision that creates exactly that schema (as
 * {@code revision} writes files), and stamps the database at it without running it, so that a
 * fresh database reaches the same schema by upgrading.
 *
 * <p>It refuses a database migrate already manages (a version table with rows) and a project
 * that already has revisions: the baseline must be the root of the graph. A project with
 * revisions whose database was built without migrate uses {@code stamp} instead.
 */
public final class BaselineCommand {

    private final Supplier<Migrate> migrate;
    private final RevisionFileWriter files;
    private final Console console;

    public BaselineCommand(Supplier<Migrate> migrate, RevisionFileSettings files, Console console) {
        this(migrate, files, LocalDateTime::now, console);
    }

    public BaselineCommand(
            Supplier<Migrate> migrate, RevisionFileSettings files, Supplier<LocalDateTime> clock, Console console) {
        this.migrate = migrate;
        this.files = new RevisionFileWriter(files, clock, console);
        this.console = console;
    }

    /** Writes the baseline revision and stamps the database at it; returns the file. */
    public Path baseline(String message, String revId, String versionPath) {
        return baseline(message, revId, versionPath, List.of());
    }

    /**
     * {@link #baseline(String, String, String)} that also carries the rows of {@code dataTables}
     * (bulk inserts after the tables are created) and creates the sequences at the database's next
     * values, so that a fresh database upgraded to the baseline holds the same seed rows.
     */
    public Path baseline(String message, String revId, String versionPath, List<String> dataTables) {
        Migrate engine = migrate.get();
        List<RevisionFile> existing = files.existing();
        refuseExistingRevisions(engine, existing);
        List<String> current = engine.current();
        if (!current.isEmpty()) {
            throw new MigrateException(
                    ErrorKind.BAD_USAGE,
                    "The database is already managed by migrate: its version table "
                            + engine.settings().versionTable() + " is at " + String.join(", ", current)
                            + ". baseline is for a database no revision has touched yet.");
        }
        Dialect dialect;
        Diff creation;
        try (Connection connection = engine.dataSource().getConnection()) {
            dialect = Dialect.of(connection);
            SchemaModel schema =
                    dialect.reflector().reflect(connection, Autogenerate.reflectionFilter(engine.settings()));
            creation = Autogenerate.compare(SchemaModel.empty(), schema, dialect, CompareOptions.defaults());
            if (creation.isEmpty()) {
                throw new MigrateException(
                        ErrorKind.BAD_USAGE,
                        "The database has no tables or sequences to baseline (migrate's own tables "
                                + "aside); start with 'revision' instead.");
            }
            if (!dataTables.isEmpty()) {
                creation = creation.withUpgrade(
                        new BaselineData(connection, dialect).withData(creation.upgrade(), schema, dataTables));
            }
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR, "Could not read the database's schema: " + e.getMessage(), e);
        }
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        String text = message == null ? "baseline" : message;
        Path folder = files.folder(versionPath, List.of(), existing);
        LocalDateTime created = files.creationTime(folder, id, text);
        String baseName = files.baseName(id, text, created);
        RevisionInfo info = new RevisionInfo(id, List.of(), text, files.javaPackage(), baseName, created);
        Path file = files.write(folder, baseName, Autogenerate.render(creation, info, files.format(), dialect));
        stamp(engine, script(file, info));
        console.note("Stamped the database at " + id + " without running it");
        return file;
    }

    private static void refuseExistingRevisions(Migrate engine, List<RevisionFile> existing) {
        String found = !existing.isEmpty()
                ? existing.get(0).path().toString()
                : engine.scripts().isEmpty() ? null : engine.scripts().get(0).source();
        if (found != null) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "baseline writes the first revision, and revisions already exist (" + found
                            + "). If this database already has their changes, record that with 'stamp REVISION' instead.");
        }
    }

    /** The new revision as the history log records it: the parsed SQL file (with its checksum), or the Java class. */
    private RevisionScript script(Path file, RevisionInfo info) {
        if (files.format() == RevisionFormat.SQL) {
            try {
                return SqlRevisionParser.parse(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RevisionNode node = new RevisionNode(info.id(), List.of(), Set.of(), List.of(), info.message());
        String className =
                info.javaPackage().isEmpty() ? info.className() : info.javaPackage() + "." + info.className();
        // never run: a stamp only records the revision
        return new RevisionScript(node, RevisionScript.Kind.JAVA, className, null, true, null);
    }

    /**
     * Stamps with a graph of the new revision alone: it is not among the loaded scripts yet (a Java
     * revision is not even compiled), and the project has no other revision.
     */
    private static void stamp(Migrate engine, RevisionScript script) {
        MigrationRunner runner = new MigrationRunner(
                engine.dataSource(),
                engine.settings(),
                RevisionGraph.of(List.of(script.node())),
                Map.of(script.id(), script),
                List.of());
        try {
            runner.stamp(List.of(script.id()), false, engine.tag());
        } catch (RuntimeException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Wrote " + script.source() + " but could not stamp the database at "
                            + script.id() + ": " + e.getMessage()
                            + ". Once the revision is in the locations, run 'stamp "
                            + script.id() + "'.",
                    e);
        }
    }
}
