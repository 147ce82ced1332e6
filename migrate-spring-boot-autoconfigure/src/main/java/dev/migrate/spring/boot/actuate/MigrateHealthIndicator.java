package dev.migrate.spring.boot.actuate;

import dev.migrate.Migrate;
import dev.migrate.MigrationStatus;
import dev.migrate.internal.autogenerate.CheckResult;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of one runner's database against its scripts: up when it is at every head, up with
 * the pending revisions listed when it is behind (the application chose a target below the
 * heads), and down when the database holds revisions no script declares. Attempts that did not
 * complete (a failed or killed step, which may be partly applied) are listed under
 * {@code unfinishedAttempts} without changing the status: restarting would not repair them. When
 * {@code migrate.check-on-startup} compared the JPA mapping with the database, the differences it
 * found are listed under {@code schemaDrift}; they do not change the status, since the
 * application chose to start with them ({@code warn}).
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final Migrate migrate;

    private final Supplier<CheckResult> schemaCheck;

    public MigrateHealthIndicator(Migrate migrate) {
        this(migrate, () -> null);
    }

    /**
     * Creates an indicator that also shows the outcome of the startup schema check.
     * @param migrate the runner
     * @param schemaCheck the check's outcome, {@code null} while none ran
     */
    public MigrateHealthIndicator(Migrate migrate, Supplier<CheckResult> schemaCheck) {
        super("Migration status check failed");
        this.migrate = migrate;
        this.schemaCheck = schemaCheck;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = this.migrate.headsStatus();
        if (!status.unknown().isEmpty()) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("upToDate", status.upToDate())
                .withDetail("currentHeads", status.currentHeads())
                .withDetail("scriptHeads", status.scriptHeads())
                .withDetail("pending", status.pending())
                .withDetail("unknown", status.unknown())
                .withDetail("unfinishedAttempts", UnfinishedAttempt.of(status.unfinished()));
        CheckResult checked = this.schemaCheck.get();
        if (checked != null) {
            builder.withDetail("schemaDrift", checked.differences());
        }
    }
}
