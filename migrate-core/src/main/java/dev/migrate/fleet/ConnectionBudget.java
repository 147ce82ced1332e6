package dev.migrate.fleet;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fleet's bound on open connections: {@code 2 × parallel}, since a tenant's run holds at most
 * two at once (its statements and the lock's session). Every connection the fleet opens takes a
 * permit and gives it back on close; the peak is kept for the report and the tests.
 */
final class ConnectionBudget {

    private final int limit;
    private final Semaphore permits;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    ConnectionBudget(int parallel) {
        this.limit = 2 * parallel;
        this.permits = new Semaphore(limit, true);
    }

    void acquire() {
        permits.acquireUninterruptibly();
        int now = open.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    void release() {
        open.decrementAndGet();
        permits.release();
    }

    int limit() {
        return limit;
    }

    int peak() {
        return peak.get();
    }
}
