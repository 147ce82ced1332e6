package dev.migrate.internal.lint;

import java.util.List;

/** The findings of one lint, as text for people and JSON for tools; errors fail it. */
public record LintReport(String dialect, List<LintFinding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    /** Whether an unacknowledged error was found: {@code migrate lint} exits 1. */
    public boolean failed() {
        return findings.stream().anyMatch(LintFinding::blocking);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        String revision = null;
        for (LintFinding finding : findings) {
            if (!finding.revision().equals(revision)) {
                revision = finding.revision();
                out.append("Revision ")
                        .append(revision)
                        .append(" (")
                        .append(finding.source())
                        .append(")\n");
            }
            out.append("  ")
                    .append(finding.severity().label())
                    .append(" [")
                    .append(finding.rule().id())
                    .append("] ")
                    .append(finding.statement())
                    .append('\n');
            out.append("    ").append(finding.rule().problem());
            if (finding.table() != null && finding.rule().locks()) {
                out.append(" Table ")
                        .append(finding.table())
                        .append(": ")
                        .append(finding.rows() == null ? "size unknown" : "about " + finding.rows() + " rows")
                        .append('.');
            }
            out.append(previousRelease(finding));
            out.append('\n')
                    .append("    Safer: ")
                    .append(finding.rule().safeAlternative())
                    .append('\n');
            if (finding.acknowledgedBy() != null) {
                out.append("    Acknowledged: ")
                        .append(finding.acknowledgedBy())
                        .append('\n');
            }
        }
        long errors = findings.stream().filter(LintFinding::blocking).count();
        out.append(
                        findings.isEmpty()
                                ? "No findings"
                                : findings.size() + " finding" + (findings.size() > 1 ? "s" : "") + ", " + errors
                                        + " unacknowledged error" + (errors == 1 ? "" : "s"))
                .append(" (")
                .append(dialect)
                .append(").\n");
        return out.toString();
    }

    /** For a drop or rename: what the previous release's model said about the name, or how to ask it. */
    private static String previousRelease(LintFinding finding) {
        if (!finding.aboutPreviousRelease() || finding.table() == null) {
            return "";
        }
        return switch (finding.severity()) {
            case ERROR -> " The previous release's entities still map " + finding.object() + ".";
            case INFO -> " The previous release's entities no longer map " + finding.object() + ": safe to remove.";
            case WARNING ->
                " Give the previous release's entities (--previous-classpath) to know whether it still maps "
                        + finding.object() + ".";
        };
    }

    public String json() {
        StringBuilder out = new StringBuilder("{\"dialect\":")
                .append(quote(dialect))
                .append(",\"failed\":")
                .append(failed())
                .append(",\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            LintFinding f = findings.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"revision\":")
                    .append(quote(f.revision()))
                    .append(",\"source\":")
                    .append(quote(f.source()))
                    .append(",\"rule\":")
                    .append(quote(f.rule().id()))
                    .append(",\"severity\":")
                    .append(quote(f.severity().label()))
                    .append(",\"statement\":")
                    .append(quote(f.statement()))
                    .append(",\"table\":")
                    .append(quote(f.table()))
                    .append(",\"column\":")
                    .append(quote(f.column()))
                    .append(",\"rows\":")
                    .append(f.rows())
                    .append(",\"problem\":")
                    .append(quote(f.rule().problem()))
                    .append(",\"safeAlternative\":")
                    .append(quote(f.rule().safeAlternative()))
                    .append(",\"acknowledged\":")
                    .append(quote(f.acknowledgedBy()))
                    .append('}');
        }
        return out.append("]}").toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
