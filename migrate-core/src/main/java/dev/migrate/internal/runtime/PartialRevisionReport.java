package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.Dialect;
import java.util.List;

/**
 * What a failed revision left behind where its effects can outlive the rollback: in autocommit
 * (a non-transactional revision) every completed statement stayed; in a transaction on a
 * database whose DDL commits implicitly (MariaDB/MySQL, H2), everything up to the last DDL
 * statement stayed (the DDL committed it) and what ran after it was rolled back. Only what stayed
 * is listed as something to undo: telling a user to undo a rolled-back {@code UPDATE} would
 * corrupt their data.
 */
final class PartialRevisionReport {

    /** Statements listed before the rest are only counted; a revision may run 100,000. */
    static final int MAX_LISTED = 20;

    private PartialRevisionReport() {}

    /**
     * @param executed      the statements of the revision that completed, in order
     * @param failed        the statement that failed, {@code null} when the failure was not a statement's
     * @param transactional whether the revision ran in a transaction
     */
    static String describe(
            Dialect dialect, String revision, List<String> executed, String failed, boolean transactional) {
        if (executed.isEmpty()) {
            return "No statement of " + revision + " completed in this attempt.";
        }
        if (!transactional) {
            return "This revision runs outside a transaction, so it may be partly applied: "
                    + stayed(revision, executed) + undo();
        }
        int lastCommit = -1;
        for (int i = 0; i < executed.size(); i++) {
            if (dialect.commitsImplicitly(executed.get(i))) {
                lastCommit = i;
            }
        }
        List<String> stayed = executed.subList(0, lastCommit + 1);
        List<String> rolledBack = executed.subList(lastCommit + 1, executed.size());
        StringBuilder report = new StringBuilder();
        if (stayed.isEmpty()) {
            report.append("No DDL statement of ").append(revision).append(" ran before the failure");
        } else {
            report.append("DDL on ")
                    .append(dialect.name())
                    .append(" commits the open transaction, so the revision may")
                    .append(" be partly applied: ")
                    .append(stayed(revision, stayed))
                    .append(undo());
        }
        if (rolledBack.isEmpty()) {
            return report.append(stayed.isEmpty() ? "." : "").toString();
        }
        if (failed != null && dialect.commitsImplicitly(failed)) {
            // The failing DDL committed the transaction before it ran, unless the database refused it unparsed.
            report.append(stayed.isEmpty() ? ". " : "\n")
                    .append("The failing statement is DDL, which commits the open")
                    .append(" transaction before it runs; unless the database rejected it before running it (a")
                    .append(" syntax error), ")
                    .append(these(rolledBack))
                    .append(rolledBack.size() == 1 ? " was" : " were")
                    .append(" committed too:")
                    .append(listed(rolledBack))
                    .append("\nCheck whether they took effect before retrying.");
        } else {
            report.append(stayed.isEmpty() ? ", so its " : "\nThe ")
                    .append(count(rolledBack))
                    .append(stayed.isEmpty() ? " that completed" : " after the last DDL statement")
                    .append(rolledBack.size() == 1 ? " was" : " were")
                    .append(" rolled back with the transaction: nothing to undo there.");
        }
        return report.toString();
    }

    private static String stayed(String revision, List<String> statements) {
        return these(statements) + " of " + revision + " completed and " + (statements.size() == 1 ? "was" : "were")
                + " not rolled back:" + listed(statements);
    }

    private static String these(List<String> statements) {
        return statements.size() == 1 ? "this statement" : "these " + count(statements);
    }

    private static String undo() {
        return "\nUndo them by hand (or make the revision tolerate them) before retrying.";
    }

    private static String count(List<String> statements) {
        return statements.size() + (statements.size() == 1 ? " statement" : " statements");
    }

    private static String listed(List<String> statements) {
        StringBuilder list = new StringBuilder();
        for (String sql : statements.subList(0, Math.min(MAX_LISTED, statements.size()))) {
            list.append("\n    ").append(sql.strip());
        }
        if (statements.size() > MAX_LISTED) {
            list.append("\n    … and ")
                    .append(statements.size() - MAX_LISTED)
                    .append(" more (")
                    .append(statements.size())
                    .append(" in all)");
        }
        return list.toString();
    }
}
