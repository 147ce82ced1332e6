package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.SafeForms;
import dev.migrate.internal.autogenerate.SafeRevisionPart;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.autogenerate.render.RevisionRenderer;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.lint.WrittenRevisionLint;
import dev.migrate.schema.SchemaModel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
        return revisions(target, message, revId, versionPath, false).stream().findFirst();
    }

    /**
     * {@code revision --autogenerate [--safe]}: with {@code safe}, the revisions of
     * {@link SafeForms#split}, chained (the first gets {@code revId}), else the one revision. Lint's
     * findings for each are printed on stderr.
     *
     * @return the files, in the order they run; empty when there is no difference
     */
    public List<Path> revisions(SchemaModel target, String message, String revId, String versionPath, boolean safe) {
        Migrate engine = migrate.get();
        Diff diff = Autogenerate.compare(engine, target, CompareOptions.defaults());
        if (diff.isEmpty()) {
            console.answer(Autogenerate.NO_CHANGES);
            return List.of();
        }
        Dialect dialect = Dialect.named(engine.databaseDialect());
        List<RevisionFile> existing = files.existing();
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        if (engine.revisions().contains(id) || existing.stream().anyMatch(f -> f.id().equals(id))) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "Revision " + id + " already exists; choose another --rev-id");
        }
        List<String> parents = engine.revisions().heads();
        Path folder = files.folder(versionPath, parents, existing);
        String text = message == null ? RevisionFileWriter.EMPTY_MESSAGE : message;
        List<Path> written = new ArrayList<>();
        for (SafeRevisionPart part : parts(diff, dialect, safe)) {
            String partId = written.isEmpty() ? id : RevisionIds.generate();
            String partMessage = part.purpose().isEmpty() ? text : text + " (" + part.purpose() + ")";
            LocalDateTime created = files.creationTime(folder, partId, partMessage);
            String baseName = files.baseName(partId, partMessage, created);
            RevisionInfo info = new RevisionInfo(partId, parents, partMessage, files.javaPackage(), baseName, created)
                    .transactional(part.transactional());
            Path file = files.write(folder, baseName, Autogenerate.render(part.diff(), info, files.format(), dialect));
            String findings = WrittenRevisionLint.report(
                    engine, partId, file.getFileName().toString(), part.diff().upgrade(), part.transactional());
            if (findings != null) {
                console.note(findings);
            }
            written.add(file);
            parents = List.of(partId);
        }
        return written;
    }

    /**
     * {@code revision --autogenerate --sql [--safe]}: a dry run. Writes to stdout the SQL the new
     * revision's upgrade would run on this database (with {@code safe}, each revision's, under a
     * comment line saying which and whether it runs in a transaction), and nothing else; writes no
     * file. With no difference, stdout stays empty and {@value Autogenerate#NO_CHANGES} goes to stderr.
     *
     * @return whether there was a difference
     */
    public boolean revisionSql(SchemaModel target, boolean safe) {
        Migrate engine = migrate.get();
        Diff diff = Autogenerate.compare(engine, target, CompareOptions.defaults());
        if (diff.isEmpty()) {
            console.err().println(Autogenerate.NO_CHANGES);
            return false;
        }
        Dialect dialect = Dialect.named(engine.databaseDialect());
        List<SafeRevisionPart> parts = parts(diff, dialect, safe);
        for (int i = 0; i < parts.size(); i++) {
            SafeRevisionPart part = parts.get(i);
            if (safe) {
                console.out()
                        .println("-- revision " + (i + 1) + " of " + parts.size()
                                + (part.purpose().isEmpty() ? "" : " (" + part.purpose() + ")")
                                + (part.transactional() ? "" : ", transactional: false"));
            }
            console.out().print(RevisionRenderer.sqlUpgrade(part.diff(), dialect));
        }
        console.out().flush();
        return true;
    }

    /** {@code revision --autogenerate --sql}: {@link #revisionSql(SchemaModel, boolean)} without the safe forms. */
    public boolean revisionSql(SchemaModel target) {
        return revisionSql(target, false);
    }

    private static List<SafeRevisionPart> parts(Diff diff, Dialect dialect, boolean safe) {
        return safe ? SafeForms.split(diff, dialect) : List.of(new SafeRevisionPart("", diff, true));
    }

    /** {@code check}: prints the differences (exit code 1) or that there are none (exit code 0). */
    public int check(SchemaModel target) {
        CheckResult result = Autogenerate.check(migrate.get(), target, CompareOptions.defaults());
        console.answer(result.report());
        return result.exitCode();
    }
}
