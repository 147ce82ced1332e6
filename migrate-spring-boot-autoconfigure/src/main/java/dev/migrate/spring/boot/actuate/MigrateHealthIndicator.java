package dev.migrate.spring.boot.actuate;

import dev.migrate.Migrate;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of one runner's database against its scripts: up when it is at every head, up with
 * the pending revisions listed when it is behind (the application chose a target below the
 * heads), and down when the database holds revisions no script declares.
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final Migrate migrate;

    public MigrateHealthIndicator(Migrate migrate) {
        super("Migration status check failed");
        this.migrate = migrate;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = MigrationStatus.readHeads(this.migrate);
        if (!status.unknown().isEmpty()) {
            builder.down();
        }
        else {
            builder.up();
        }
        builder.withDetail("upToDate", status.upToDate())
            .withDetail("currentHeads", status.currentHeads())
            .withDetail("scriptHeads", status.scriptHeads())
            .withDetail("pending", status.pending())
            .withDetail("unknown", status.unknown());
    }

}
