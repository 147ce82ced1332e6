package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.autogenerate.render.RevisionRenderer;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.lint.WrittenRevisionLint;
import dev.migrate.schema.SchemaModel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code revision --autogenerate} (writing the file, or with {@code --sql} only showing its
 * upgrade's SQL) and {@code check}: the database compared with a target model. The database must
 * be at the heads ({@value Autogenerate#NOT_UP_TO_DATE} otherwise).
 */
public final class AutogenerateCommand {

    private final Supplier<Migrate> migrate;
    private final RevisionFileWriter files;
    private final Console console;

    public AutogenerateCommand(Supplier<Migrate> migrate, RevisionFileSettings files, Console console) {
        this(migrate, files, LocalDateTime::now, console);
    }

    public AutogenerateCommand(
            Supplier<Migrate> migrate, RevisionFileSettings files, Supplier<LocalDateTime> clock, Console console) {
        this.migrate = migrate;
        this.files = new RevisionFileWriter(files, clock, console);
        this.console = console;
    }

    /**
     * {@code revision --autogenerate}: writes the revision (in the configured format, on the current
     * heads) that brings the database to {@code target}.
     *
     * @return the file, or empty when there is no difference ({@value Autogenerate#NO_CHANGES}, on stdout)
     */
    public Optional<Path> revision(SchemaModel target, String message, String revId, String versionPath) {
        Migrate engine = migrate.get();
        Diff diff = Autogenerate.compare(engine, target, CompareOptions.defaults());
        if (diff.isEmpty()) {
            console.answer(Autogenerate.NO_CHANGES);
            return Optional.empty();
        }
        List<RevisionFile> existing = files.existing();
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        if (engine.revisions().contains(id) || existing.stream().anyMatch(f -> f.id().equals(id))) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "Revision " + id + " already exists; choose another --rev-id");
        }
        List<String> parents = engine.revisions().heads();
        Path folder = files.folder(versionPath, parents, existing);
        String text = message == null ? RevisionFileWriter.EMPTY_MESSAGE : message;
        LocalDateTime created = files.creationTime(folder, id, message);
        String baseName = files.baseName(id, message, created);
        RevisionInfo info = new RevisionInfo(id, parents, text, files.javaPackage(), baseName, created);
        String content = Autogenerate.render(diff, info, files.format(), Dialect.named(engine.databaseDialect()));
        Path written = files.write(folder, baseName, content);
        String findings =
                WrittenRevisionLint.report(engine, id, written.getFileName().toString(), diff.upgrade());
        if (findings != null) {
            console.note(findings);
        }
        return Optional.of(written);
    }

    /**
     * {@code revision --autogenerate --sql}: a dry run. Writes to stdout the SQL the new revision's
     * upgrade would run on this database, and nothing else; writes no file. With no difference,
     * stdout stays empty and {@value Autogenerate#NO_CHANGES} goes to stderr.
     *
     * @return whether there was a difference
     */
    public boolean revisionSql(SchemaModel target) {
        Migrate engine = migrate.get();
        Diff diff = Autogenerate.compare(engine, target, CompareOptions.defaults());
        if (diff.isEmpty()) {
            console.err().println(Autogenerate.NO_CHANGES);
            return false;
        }
        console.out().print(RevisionRenderer.sqlUpgrade(diff, Dialect.named(engine.databaseDialect())));
        console.out().flush();
        return true;
    }

    /** {@code check}: prints the differences (exit code 1) or that there are none (exit code 0). */
    public int check(SchemaModel target) {
        CheckResult result = Autogenerate.check(migrate.get(), target, CompareOptions.defaults());
        console.answer(result.report());
        return result.exitCode();
    }
}
