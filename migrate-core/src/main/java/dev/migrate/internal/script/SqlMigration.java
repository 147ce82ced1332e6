package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migration;
import dev.migrate.internal.dialect.SqlSyntax;
import dev.migrate.internal.script.sql.SqlSplitException;
import dev.migrate.internal.script.sql.SqlStatement;
import dev.migrate.internal.script.sql.SqlStatementSplitter;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@link Migration} of a SQL revision: runs the statements of its upgrade or downgrade
 * section through {@link Operations#execute(String)}, split by the rules of the dialect it runs
 * on. An empty downgrade section does nothing, like Alembic's {@code pass}.
 *
 * <p>The sections may come later: a revision whose header was taken from the {@link RevisionFileCache}
 * reads its file again when its statements are first asked for.
 */
public final class SqlMigration implements Migration {

    /** The text of one section and the file line its first line is on. */
    record Section(String text, int firstLine) {}

    /** Both sections of a file. */
    record Sections(Section upgrade, Section downgrade) {}

    private final String source;
    private Supplier<Sections> sectionsSource;
    private Sections sections;
    private final Map<SqlSyntax, List<SqlStatement>> upgradeStatements = new ConcurrentHashMap<>();
    private final Map<SqlSyntax, List<SqlStatement>> downgradeStatements = new ConcurrentHashMap<>();

    private final List<String> lintAcknowledgements;

    SqlMigration(String source, Section upgrade, Section downgrade) {
        this(source, upgrade, downgrade, List.of());
    }

    SqlMigration(String source, Section upgrade, Section downgrade, List<String> lintAcknowledgements) {
        this(source, lintAcknowledgements, null);
        this.sections = new Sections(upgrade, downgrade);
    }

    private SqlMigration(String source, List<String> lintAcknowledgements, Supplier<Sections> sectionsSource) {
        this.lintAcknowledgements = List.copyOf(lintAcknowledgements);
        this.source = source;
        this.sectionsSource = sectionsSource;
    }

    /** A migration whose sections {@code sectionsSource} reads when they are first needed. */
    static SqlMigration readLater(String source, List<String> lintAcknowledgements, Supplier<Sections> sectionsSource) {
        return new SqlMigration(source, lintAcknowledgements, sectionsSource);
    }

    synchronized Sections sections() {
        if (sectionsSource != null) {
            sections = sectionsSource.get();
            sectionsSource = null;
        }
        return sections;
    }

    /** The header's {@code -- lint: ignore=RULE reason=...} lines, one finding acknowledged each. */
    public List<String> lintAcknowledgements() {
        return lintAcknowledgements;
    }

    /** The file the statements come from, as in error messages. */
    public String source() {
        return source;
    }

    /**
     * The upgrade statements as they run on a dialect; a runner can call this for every pending
     * revision before running any, so that an unsplittable script stops nothing half-way.
     *
     * @throws BadInputException naming file and line when the section cannot be split
     */
    public List<SqlStatement> upgradeStatements(String dialectName) {
        return statements(sections().upgrade(), upgradeStatements, dialectName);
    }

    /** The downgrade statements as they run on a dialect; empty for an irreversible revision. */
    public List<SqlStatement> downgradeStatements(String dialectName) {
        return statements(sections().downgrade(), downgradeStatements, dialectName);
    }

    @Override
    public void upgrade(Operations op) {
        run(op, upgradeStatements(op.dialectName()));
    }

    @Override
    public void downgrade(Operations op) {
        run(op, downgradeStatements(op.dialectName()));
    }

    private void run(Operations op, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            try {
                op.execute(statement.sql());
            } catch (BadInputException e) {
                throw new BadInputException(ErrorKind.BAD_SCRIPT, where(statement.line()) + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw failure(statement, e);
            }
        }
    }

    /** The error of one of this revision's statements, naming where it is written ({@code file:line}). */
    public ScriptStatementException failure(SqlStatement statement, RuntimeException cause) {
        return new ScriptStatementException(source + ":" + statement.line(), cause);
    }

    private List<SqlStatement> statements(
            Section section, Map<SqlSyntax, List<SqlStatement>> cache, String dialectName) {
        SqlSyntax syntax = SqlStatementSplitter.forDialect(dialectName).syntax();
        return cache.computeIfAbsent(syntax, s -> split(section, s));
    }

    private List<SqlStatement> split(Section section, SqlSyntax syntax) {
        try {
            return new SqlStatementSplitter(syntax).split(section.text(), section.firstLine());
        } catch (SqlSplitException e) {
            throw new BadInputException(ErrorKind.BAD_SCRIPT, where(e.line()) + e.problem());
        }
    }

    private String where(int line) {
        return source + ":" + line + ": ";
    }

    @Override
    public String toString() {
        return source;
    }
}
