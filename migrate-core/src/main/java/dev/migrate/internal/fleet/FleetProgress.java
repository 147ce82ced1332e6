package dev.migrate.internal.fleet;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines for long runs ({@code 120/1000 tenants, 3 failed, eta 40 s}): nothing for the
 * first two seconds, then at most one line a second, and the last line when the run ends.
 */
public final class FleetProgress implements FleetListener {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastLine;
    private boolean printed;

    public FleetProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void tenantFinished(TenantResult result, int finished, int total, int failed) {
        long now = System.nanoTime();
        boolean last = finished == total;
        if (now - started < QUIET_NANOS || (!last && now - lastLine < INTERVAL_NANOS) || (last && !printed)) {
            return;
        }
        lastLine = now;
        printed = true;
        long etaSeconds = Math.round((now - started) / 1e9 / finished * (total - finished));
        err.println(String.format(
                Locale.ROOT,
                "%d/%d tenants, %d failed%s",
                finished,
                total,
                failed,
                last ? ", done" : ", eta " + etaSeconds + " s"));
    }
}
