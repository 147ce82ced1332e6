package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.lint.Lint;
import dev.migrate.internal.lint.LintFinding;
import dev.migrate.internal.lint.LintReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * {@code migrate.lint-on-startup}: lints the pending revisions before the upgrade (or the
 * application's own strategy) runs; {@code warn} logs the findings, {@code fail} also refuses to
 * start on an unacknowledged error, before anything ran.
 */
final class LintOnStartupStrategy implements MigrateStrategy {

    private static final Log logger = LogFactory.getLog("dev.migrate.internal.lint");

    private final MigrateProperties.LintOnStartup mode;

    private final MigrateStrategy delegate;

    private LintOnStartupStrategy(MigrateProperties.LintOnStartup mode, MigrateStrategy delegate) {
        this.mode = mode;
        this.delegate = delegate;
    }

    /** The strategy to use: {@code delegate} itself when lint is off. */
    static MigrateStrategy wrap(MigrateProperties.LintOnStartup mode, MigrateStrategy delegate) {
        return (mode == null || mode == MigrateProperties.LintOnStartup.OFF)
                ? delegate
                : new LintOnStartupStrategy(mode, delegate);
    }

    @Override
    public void migrate(Migrate migrate, String target) {
        LintReport report = new Lint(migrate).run(null, null);
        if (!report.findings().isEmpty()) {
            for (LintFinding finding : report.findings()) {
                String line = "Lint " + finding.severity().label() + " ["
                        + finding.rule().id() + "] in revision "
                        + finding.revision() + " (" + finding.source() + "): " + finding.statement() + " — "
                        + finding.rule().problem() + " Safer: " + finding.rule().safeAlternative()
                        + (finding.acknowledgedBy() != null ? " Acknowledged: " + finding.acknowledgedBy() : "");
                if (finding.blocking()) {
                    logger.error(line);
                } else {
                    logger.warn(line);
                }
            }
        }
        if (this.mode == MigrateProperties.LintOnStartup.FAIL && report.failed()) {
            throw new MigrateException(
                    ErrorKind.LINT_ERRORS,
                    "migrate.lint-on-startup=fail: lint found errors in the pending revisions,"
                            + " so nothing was run:\n" + report.text()
                            + "Change the revisions to the safe form, acknowledge a finding with a reason"
                            + " (@Revision(lint = \"ignore=RULE reason=...\") or '-- lint: ignore=RULE reason=...'), or set"
                            + " migrate.lint-on-startup=warn.");
        }
        if (this.delegate != null) {
            this.delegate.migrate(migrate, target);
        } else {
            migrate.upgrade(target);
        }
    }
}
