package dev.migrate.internal.fleet;

import java.time.Duration;
import java.util.List;

/**
 * What a fleet command did to one tenant.
 *
 * @param tenant  the tenant's id (schema name or masked URL)
 * @param outcome succeeded, failed, skipped (not started because the run stopped) or planned (dry run)
 * @param from    the tenant's heads before
 * @param to      its heads after (for a dry run or {@code status}, the heads it would reach)
 * @param steps   the revisions run (dry run, {@code status}, {@code check}: that would run), in order
 * @param elapsed the time the tenant took
 * @param error   why it failed (passwords masked), or {@code null}
 */
public record TenantResult(
        String tenant,
        Outcome outcome,
        List<String> from,
        List<String> to,
        List<String> steps,
        Duration elapsed,
        String error) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        SKIPPED,
        PLANNED
    }

    public TenantResult {
        from = List.copyOf(from);
        to = List.copyOf(to);
        steps = List.copyOf(steps);
    }

    static TenantResult skipped(String tenant) {
        return new TenantResult(tenant, Outcome.SKIPPED, List.of(), List.of(), List.of(), Duration.ZERO, null);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** Whether the tenant counts against exit code 0: it failed, or was skipped because another failed. */
    public boolean unsuccessful() {
        return outcome == Outcome.FAILED || outcome == Outcome.SKIPPED;
    }
}
