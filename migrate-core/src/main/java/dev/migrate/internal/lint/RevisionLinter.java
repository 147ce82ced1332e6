package dev.migrate.internal.lint;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Revision;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.SqlMigration;
import dev.migrate.internal.script.sql.SqlStatement;
import dev.migrate.ops.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints revisions' upgrades for one dialect: a SQL revision statement by statement, a Java
 * revision by recording its operations and rendering them as the dialect would run them, so both
 * forms meet the same recogniser. Lock findings are graded by the table's size: none for a table
 * the revision itself creates, info below {@code largeTableRows}, an error from it on, a warning
 * when the size is unknown (offline). A drop or rename is an error when the {@link PreviousModel}
 * still maps the name, info when it does not, and a warning without one.
 */
public final class RevisionLinter {

    private static final Pattern ACKNOWLEDGEMENT =
            Pattern.compile("ignore=([a-z-]+)(?:\\s+reason=(.+))?", Pattern.CASE_INSENSITIVE);

    private final Dialect dialect;
    private final TableSizes sizes;
    private final long largeTableRows;
    private final PreviousModel previous;

    public RevisionLinter(Dialect dialect, TableSizes sizes, long largeTableRows) {
        this(dialect, sizes, largeTableRows, null);
    }

    /** @param previous the model of the release still serving, or {@code null} when not given */
    public RevisionLinter(Dialect dialect, TableSizes sizes, long largeTableRows, PreviousModel previous) {
        this.dialect = dialect;
        this.sizes = sizes;
        this.largeTableRows = largeTableRows;
        this.previous = previous;
    }

    public List<LintFinding> lint(List<RevisionScript> scripts) {
        List<LintFinding> findings = new ArrayList<>();
        for (RevisionScript script : scripts) {
            findings.addAll(lint(script));
        }
        return findings;
    }

    public List<LintFinding> lint(RevisionScript script) {
        return lint(script.id(), script.source(), statements(script), script.transactional(), acknowledgements(script));
    }

    /** Lints operations not yet in a script: what {@code revision --autogenerate} just wrote. */
    public List<LintFinding> lintOperations(
            String revision, String source, List<Operation> operations, boolean transactional) {
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            statements.addAll(dialect.render(operation));
        }
        return lint(revision, source, statements, transactional, Map.of());
    }

    private List<LintFinding> lint(
            String revision,
            String source,
            List<String> statements,
            boolean transactional,
            Map<LintRule, String> acknowledged) {
        StatementRecogniser recogniser = new StatementRecogniser(dialect);
        Set<String> created = new HashSet<>();
        Map<String, StatementRecogniser.NotNullCheck> notNullChecks = new HashMap<>();
        Set<String> provenNotNull = new HashSet<>();
        List<LintFinding> findings = new ArrayList<>();
        for (String statement : statements) {
            String table = recogniser.createdTable(statement);
            if (table != null) {
                created.add(table);
                continue;
            }
            StatementRecogniser.NotNullCheck check =
                    dialect.addsConstraintsNotValid() ? recogniser.notNullCheck(statement) : null;
            if (check != null) {
                notNullChecks.put(check.table() + "." + check.constraint(), check);
            }
            StatementRecogniser.NotNullCheck validated = notNullChecks.get(recogniser.validatedConstraint(statement));
            if (validated != null) {
                provenNotNull.add(validated.table() + "." + validated.column());
            }
            for (StatementRecogniser.Hit hit : recogniser.hits(statement, transactional)) {
                if (hit.table() != null && created.contains(hit.table())) {
                    continue;
                }
                if (hit.rule() == LintRule.SET_NOT_NULL
                        && !transactional
                        && provenNotNull.contains(hit.table() + "." + hit.column())) {
                    // a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan; outside a
                    // transaction the validation itself did not hold the ADD CONSTRAINT's lock
                    continue;
                }
                Long rows = sizes.rows(hit.table());
                findings.add(new LintFinding(
                        revision,
                        source,
                        StatementRecogniser.normalise(statement),
                        hit.rule(),
                        severity(hit, rows),
                        hit.table(),
                        hit.column(),
                        rows,
                        acknowledged.get(hit.rule())));
            }
        }
        return findings;
    }

    private Severity severity(StatementRecogniser.Hit hit, Long rows) {
        LintRule rule = hit.rule();
        if (rule == LintRule.CONCURRENT_IN_TRANSACTION) {
            return Severity.ERROR;
        }
        if (!rule.locks()) {
            if (previous == null || hit.table() == null) {
                return Severity.WARNING;
            }
            return previous.maps(hit.table(), hit.column()) ? Severity.ERROR : Severity.INFO;
        }
        if (rows == null) {
            return Severity.WARNING;
        }
        return rows >= largeTableRows ? Severity.ERROR : Severity.INFO;
    }

    private List<String> statements(RevisionScript script) {
        if (script.migration() instanceof SqlMigration sql) {
            return sql.upgradeStatements(dialect.name()).stream()
                    .map(SqlStatement::sql)
                    .toList();
        }
        OperationRecorder recorder = new OperationRecorder(dialect);
        try {
            script.migration().upgrade(recorder);
        } catch (UnsupportedOperationException e) {
            // a revision that reads the database: what it recorded before that is linted
        }
        List<String> statements = new ArrayList<>();
        for (Operation operation : recorder.operations()) {
            statements.addAll(dialect.render(operation));
        }
        return statements;
    }

    /** The rules the revision acknowledges, with their reasons: {@code @Revision(lint = …)} or {@code -- lint:} lines. */
    private static Map<LintRule, String> acknowledgements(RevisionScript script) {
        List<String> entries;
        if (script.migration() instanceof SqlMigration sql) {
            entries = sql.lintAcknowledgements();
        } else {
            Revision revision = script.migration().getClass().getAnnotation(Revision.class);
            entries = revision == null ? List.of() : List.of(revision.lint());
        }
        Map<LintRule, String> acknowledged = new LinkedHashMap<>();
        for (String entry : entries) {
            Matcher matcher = ACKNOWLEDGEMENT.matcher(entry.strip());
            LintRule rule =
                    matcher.matches() ? LintRule.byId(matcher.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
            if (rule == null) {
                throw new BadInputException(
                        ErrorKind.BAD_SCRIPT,
                        script.source() + ": the lint acknowledgement '" + entry + "' is not"
                                + " 'ignore=RULE reason=TEXT' with a known rule. Rules: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(LintRule.values())
                                                .map(LintRule::id)
                                                .toList()));
            }
            String reason = matcher.group(2) == null ? "" : matcher.group(2).strip();
            if (reason.isEmpty()) {
                throw new BadInputException(
                        ErrorKind.BAD_SCRIPT,
                        script.source() + ": the lint acknowledgement '" + entry + "' gives no"
                                + " reason. Write why the finding is safe here: ignore=" + rule.id() + " reason=...");
            }
            acknowledged.put(rule, reason);
        }
        return acknowledged;
    }
}
