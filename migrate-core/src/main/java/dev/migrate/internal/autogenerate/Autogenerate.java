package dev.migrate.internal.autogenerate;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.compare.SchemaComparator;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.autogenerate.render.RevisionRenderer;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.internal.script.FileInFolder;
import dev.migrate.schema.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Autogenerate in one call each: compare a target model with the database, write the revision
 * that closes the gap, or check that there is none. The CLI and the Spring Boot command mode
 * both call these.
 */
public final class Autogenerate {

    /** What {@code revision --autogenerate} says when there is nothing to write. */
    public static final String NO_CHANGES = "No changes in schema detected.";

    /** Why autogenerate refuses a database that has revisions still to apply. */
    public static final String NOT_UP_TO_DATE = "Target database is not up to date.";

    private Autogenerate() {}

    /**
     * Compares two models, without a database: the operations that turn {@code database} into
     * {@code target}, after the options' rewriter.
     */
    public static Diff compare(SchemaModel database, SchemaModel target, Dialect dialect, CompareOptions options) {
        Diff diff = new SchemaComparator(dialect, options).compare(database, target);
        return diff.withUpgrade(options.rewriter().rewrite(new ArrayList<>(diff.upgrade())));
    }

    /** The text of the revision file for a diff. */
    public static String render(Diff diff, RevisionInfo info, RevisionFormat format, Dialect dialect) {
        return format == RevisionFormat.JAVA
                ? RevisionRenderer.java(diff, info)
                : RevisionRenderer.sql(diff, info, dialect);
    }

    /** The {@code check} outcome for a diff. */
    public static CheckResult check(Diff diff) {
        return new CheckResult(
                diff.differences().isEmpty() && !diff.isEmpty()
                        ? diff.upgrade().stream().map(Object::toString).toList()
                        : diff.differences());
    }

    /**
     * Compares the configured database with {@code target}: reflects the database (leaving out
     * migrate's own tables) and lists what would bring it to the model.
     *
     * @throws MigrateException {@value #NOT_UP_TO_DATE} when revisions are still to be applied
     */
    public static Diff compare(Migrate migrate, SchemaModel target, CompareOptions options) {
        if (!migrate.pending().isEmpty()) {
            throw new MigrateException(ErrorKind.NOT_AT_HEAD, NOT_UP_TO_DATE);
        }
        if (migrate.dataSource() == null) {
            throw new dev.migrate.BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Autogenerate compares with a database, and none is configured:"
                            + " give a URL (url / MIGRATE_URL / --url) or a DataSource.");
        }
        try (Connection connection = migrate.dataSource().getConnection()) {
            Dialect dialect = Dialect.of(connection);
            ReflectionFilter filter = reflectionFilter(migrate.settings());
            SchemaModel database = dialect.reflector().reflect(connection, filter);
            // a table left alone is neither created nor altered from the model either
            return compare(
                    database,
                    target,
                    dialect,
                    options.filter(
                            options.filter().and(object -> object.table() == null || filter.accepts(object.table()))));
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR, "Could not read the database's schema: " + e.getMessage(), e);
        }
    }

    /**
     * The reflection filter for the configured schema, without migrate's own tables, Liquibase's and
     * Flyway's, and the tables of the {@code excludeTables} setting.
     */
    public static ReflectionFilter reflectionFilter(MigrateSettings settings) {
        return ReflectionFilter.defaults()
                .inSchema(settings.schema())
                .skipping(settings.versionTable(), settings.historyTable())
                .excluding(settings.excludeTables());
    }

    /**
     * {@code revision --autogenerate}: writes the revision that brings the database to the model
     * into {@code folder} ({@code info.className()} + {@code .java}, or + {@code .sql}).
     *
     * @return the file, or empty when there is no difference ({@value #NO_CHANGES})
     */
    public static Optional<Path> writeRevision(
            Migrate migrate,
            SchemaModel target,
            CompareOptions options,
            RevisionInfo info,
            RevisionFormat format,
            Path folder) {
        Diff diff = compare(migrate, target, options);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        Dialect dialect = Dialect.named(migrate.databaseDialect());
        return Optional.of(write(folder, info, format, render(diff, info, format, dialect)));
    }

    private static Path write(Path folder, RevisionInfo info, RevisionFormat format, String content) {
        Path file = FileInFolder.resolve(folder, info.className() + "." + format.extension(), "the class name");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new dev.migrate.BadInputException(
                    ErrorKind.BAD_USAGE, "File " + file + " already exists; choose another revision id or name");
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.FILE_ACCESS, "Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * {@code revision --autogenerate --safe}: writes the revisions of {@link SafeForms#split}
     * into {@code folder}, chained: the first as {@code info} says, each next one with an id from
     * {@code nextId}, its purpose added to the message, and {@code info}'s class name with its id
     * in place of the first's (or appended).
     *
     * @return the files, in the order they run; empty when there is no difference ({@value #NO_CHANGES})
     */
    public static List<Path> writeSafeRevisions(
            Migrate migrate,
            SchemaModel target,
            CompareOptions options,
            RevisionInfo info,
            RevisionFormat format,
            Path folder,
            Supplier<String> nextId) {
        Diff diff = compare(migrate, target, options);
        Dialect dialect = Dialect.named(migrate.databaseDialect());
        List<Path> files = new ArrayList<>();
        RevisionInfo part = info;
        for (SafeRevisionPart safe : diff.isEmpty() ? List.<SafeRevisionPart>of() : SafeForms.split(diff, dialect)) {
            if (!files.isEmpty()) {
                String id = nextId.get();
                String className = info.className().contains(info.id())
                        ? info.className().replace(info.id(), id)
                        : info.className() + "_" + id;
                part = new RevisionInfo(
                        id,
                        List.of(part.id()),
                        info.message() + " (" + safe.purpose() + ")",
                        info.javaPackage(),
                        className,
                        info.created());
            }
            part = part.transactional(safe.transactional());
            files.add(write(folder, part, format, render(safe.diff(), part, format, dialect)));
        }
        return files;
    }

    /** {@code check}: whether the database matches the model; exit code 0 if so, 1 with the differences if not. */
    public static CheckResult check(Migrate migrate, SchemaModel target, CompareOptions options) {
        return check(compare(migrate, target, options));
    }
}
