package dev.migrate.spring.boot.actuate;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.lint.Lint;
import dev.migrate.internal.lint.LintFinding;
import dev.migrate.internal.lint.LintReport;
import java.util.List;

/**
 * Lint's findings for a runner's pending revisions, as {@code /actuator/migrations} shows them.
 * @param failed whether an unacknowledged error was found (a deploy should not go ahead)
 * @param findings one per revision and statement
 * @param error why lint could not run, or {@code null}
 */
public record PendingLint(boolean failed, List<Finding> findings, String error) {

    static PendingLint of(Migrate migrate, boolean upToDate) {
        if (upToDate) {
            return new PendingLint(false, List.of(), null);
        }
        try {
            LintReport report = new Lint(migrate).run(null, null);
            return new PendingLint(
                    report.failed(), report.findings().stream().map(Finding::of).toList(), null);
        } catch (MigrateException ex) {
            return new PendingLint(false, List.of(), ex.getMessage());
        }
    }

    /**
     * One finding.
     * @param revision the revision
     * @param rule the rule's id
     * @param severity error, warning or info
     * @param statement the statement
     * @param table the table it touches
     * @param rows the table's estimated rows, or {@code null}
     * @param safeAlternative what to do instead
     * @param acknowledged the reason given when the revision acknowledges it, or {@code null}
     */
    public record Finding(
            String revision,
            String rule,
            String severity,
            String statement,
            String table,
            Long rows,
            String safeAlternative,
            String acknowledged) {

        static Finding of(LintFinding finding) {
            return new Finding(
                    finding.revision(),
                    finding.rule().id(),
                    finding.severity().label(),
                    finding.statement(),
                    finding.table(),
                    finding.rows(),
                    finding.rule().safeAlternative(),
                    finding.acknowledgedBy());
        }
    }
}
