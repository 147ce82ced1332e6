package dev.migrate.internal.lint;

import dev.migrate.Migrate;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What lint says about a revision {@code revision --autogenerate} has just written, on stderr, so
 * the author sees the lock or breaking change before committing it. Table sizes come from the
 * database the revision was generated against; if they cannot be read, sizes stay unknown.
 */
public final class WrittenRevisionLint {

    private WrittenRevisionLint() {}

    /** The findings as text, or {@code null} when there are none. */
    public static String report(Migrate migrate, String revision, String source, List<Operation> upgrade) {
        return report(migrate, revision, source, upgrade, true);
    }

    /** As above, for a revision that runs in a transaction or not ({@code transactional: false}). */
    public static String report(
            Migrate migrate, String revision, String source, List<Operation> upgrade, boolean transactional) {
        Dialect dialect = Dialect.named(migrate.databaseDialect());
        TableSizes sizes = TableSizes.unknown();
        if (migrate.dataSource() != null) {
            try (Connection connection = migrate.dataSource().getConnection()) {
                sizes = TableSizes.read(connection, dialect);
            } catch (SQLException e) {
                // the findings are still worth showing, graded as unknown sizes
            }
        }
        List<LintFinding> findings = new RevisionLinter(
                        dialect, sizes, migrate.settings().lintLargeTableRows())
                .lintOperations(revision, source, upgrade, transactional);
        if (findings.isEmpty()) {
            return null;
        }
        return "Lint findings for the new revision (migrate lint shows them again; acknowledge with"
                + " @Revision(lint = …) or '-- lint: ignore=RULE reason=…'):\n"
                + new LintReport(dialect.name(), findings).text().stripTrailing();
    }
}
