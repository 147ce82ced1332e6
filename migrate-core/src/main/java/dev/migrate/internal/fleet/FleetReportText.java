package dev.migrate.internal.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link FleetReport} for people (a table and a summary) or for programs (JSON). Tenant
 * ids and errors are already masked in the report; nothing else it writes carries a secret.
 */
public final class FleetReportText {

    private static final int SLOWEST = 5;

    private FleetReportText() {}

    /** The per-tenant table: tenant, from, to, steps, time, result (the error on failure). */
    public static String table(FleetReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TENANT", "FROM", "TO", "STEPS", "TIME", "RESULT"});
        for (TenantResult tenant : report.tenants()) {
            rows.add(new String[] {
                tenant.tenant(),
                heads(tenant.from()),
                heads(tenant.to()),
                String.valueOf(tenant.steps().size()),
                seconds(tenant.elapsed()),
                result(tenant)
            });
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                text.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            text.append(row[5]).append('\n');
        }
        return text.toString();
    }

    /** Counts per revision, failures, skipped tenants, the slowest tenants, the connection bound. */
    public static String summary(FleetReport report) {
        StringBuilder text = new StringBuilder();
        long succeeded =
                report.tenants().stream().filter(t -> !t.unsuccessful()).count();
        text.append(String.format(
                Locale.ROOT,
                "fleet %s%s: %d tenant(s) of %d in shard %s, %d succeeded, %d failed,"
                        + " %d skipped, in %s (parallel %d, at most %d of %d connections)%n",
                report.command(),
                report.target() == null ? "" : " " + report.target(),
                report.tenants().size(),
                report.tenantsInSet(),
                report.shard(),
                succeeded,
                report.failures().size(),
                report.skipped(),
                seconds(report.elapsed()),
                report.parallel(),
                report.peakConnections(),
                report.connectionLimit()));
        for (Map.Entry<String, Integer> revision : report.tenantsPerRevision().entrySet()) {
            text.append("  at ")
                    .append(revision.getKey())
                    .append(": ")
                    .append(revision.getValue())
                    .append(" tenant(s)\n");
        }
        for (TenantResult failure : report.failures()) {
            text.append("  FAILED ")
                    .append(failure.tenant())
                    .append(": ")
                    .append(failure.error())
                    .append('\n');
        }
        List<TenantResult> slowest = report.slowest(SLOWEST);
        if (!slowest.isEmpty()) {
            text.append("  slowest:");
            for (TenantResult tenant : slowest) {
                text.append(' ')
                        .append(tenant.tenant())
                        .append(" (")
                        .append(seconds(tenant.elapsed()))
                        .append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The report as one JSON object: the summary's fields and a {@code tenants} array. */
    public static String json(FleetReport report) {
        StringBuilder json = new StringBuilder("{");
        field(json, "command", report.command()).append(',');
        field(json, "target", report.target()).append(',');
        field(json, "shard", report.shard().toString()).append(',');
        json.append("\"tenantsInSet\":").append(report.tenantsInSet()).append(',');
        json.append("\"succeeded\":").append(report.allSucceeded()).append(',');
        json.append("\"failed\":").append(report.failures().size()).append(',');
        json.append("\"skipped\":").append(report.skipped()).append(',');
        json.append("\"elapsedMillis\":").append(report.elapsed().toMillis()).append(',');
        json.append("\"parallel\":").append(report.parallel()).append(',');
        json.append("\"peakConnections\":").append(report.peakConnections()).append(',');
        json.append("\"connectionLimit\":").append(report.connectionLimit()).append(',');
        json.append("\"tenantsPerRevision\":{");
        String separator = "";
        for (Map.Entry<String, Integer> revision : report.tenantsPerRevision().entrySet()) {
            json.append(separator).append(quote(revision.getKey())).append(':').append(revision.getValue());
            separator = ",";
        }
        json.append("},\"tenants\":[");
        separator = "";
        for (TenantResult tenant : report.tenants()) {
            json.append(separator).append('{');
            field(json, "tenant", tenant.tenant()).append(',');
            field(json, "result", tenant.outcome().name().toLowerCase(Locale.ROOT))
                    .append(',');
            json.append("\"from\":").append(array(tenant.from())).append(',');
            json.append("\"to\":").append(array(tenant.to())).append(',');
            json.append("\"steps\":").append(array(tenant.steps())).append(',');
            json.append("\"elapsedMillis\":")
                    .append(tenant.elapsed().toMillis())
                    .append(',');
            field(json, "error", tenant.error());
            json.append('}');
            separator = ",";
        }
        return json.append("]}").toString();
    }

    private static String result(TenantResult tenant) {
        return switch (tenant.outcome()) {
            case SUCCEEDED -> "ok";
            case PLANNED ->
                tenant.steps().isEmpty() ? "nothing to run" : "would run " + String.join(", ", tenant.steps());
            case SKIPPED -> "skipped";
            case FAILED -> "FAILED: " + tenant.error();
        };
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(",", heads);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return json.append(quote(name)).append(':').append(value == null ? "null" : quote(value));
    }

    private static String array(List<String> values) {
        List<String> quoted = values.stream().map(FleetReportText::quote).toList();
        return "[" + String.join(",", quoted) + "]";
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
