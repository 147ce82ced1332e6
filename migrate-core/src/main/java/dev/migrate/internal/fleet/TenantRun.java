package dev.migrate.internal.fleet;

import dev.migrate.Migrate;
import dev.migrate.MigrationResult;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.runtime.UrlMasker;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.internal.script.graph.MigrationStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One command on one tenant through the ordinary engine, so the tenant's run takes the same
 * per-database lock (keyed by the tenant's schema) as any other runner: a fleet run, a second fleet
 * run and the application's own start-up never apply a revision twice. Failures become the
 * tenant's result instead of ending the fleet.
 */
final class TenantRun {

    private final Function<Tenant, Migrate> engines;
    private final FleetCommand command;
    private final String target;
    private final String tag;
    private final boolean dryRun;

    TenantRun(Function<Tenant, Migrate> engines, FleetCommand command, String target, String tag, boolean dryRun) {
        this.engines = engines;
        this.command = command;
        this.target = target;
        this.tag = tag;
        this.dryRun = dryRun;
    }

    TenantResult run(Tenant tenant) {
        long started = System.nanoTime();
        try {
            Migrate migrate = engines.apply(tenant);
            if (command.changesDatabase() && !dryRun) {
                MigrationResult result =
                        command == FleetCommand.UPGRADE ? migrate.upgrade(target, tag) : migrate.downgrade(target, tag);
                return new TenantResult(
                        tenant.id(),
                        TenantResult.Outcome.SUCCEEDED,
                        result.headsBefore(),
                        result.headsAfter(),
                        result.steps().stream().map(MigrationStepInfo::revision).toList(),
                        since(started),
                        null);
            }
            List<String> heads = migrate.current();
            if (command == FleetCommand.CURRENT) {
                return new TenantResult(
                        tenant.id(), TenantResult.Outcome.SUCCEEDED, heads, heads, List.of(), since(started), null);
            }
            List<MigrationStep> plan = command == FleetCommand.DOWNGRADE
                    ? GraphRevisions.graphOf(migrate.revisions()).downgradeSteps(heads, target)
                    : GraphRevisions.graphOf(migrate.revisions())
                            .upgradeSteps(heads, command.changesDatabase() ? target : "heads");
            List<String> steps = plan.stream()
                    .filter(step -> !step.isStamp())
                    .map(step -> step.revision().id())
                    .toList();
            List<String> reached = headsAfter(heads, plan);
            if (command == FleetCommand.CHECK && !steps.isEmpty()) {
                return new TenantResult(
                        tenant.id(),
                        TenantResult.Outcome.FAILED,
                        heads,
                        reached,
                        steps,
                        since(started),
                        steps.size() + " revision(s) not applied: " + String.join(", ", steps));
            }
            TenantResult.Outcome outcome = dryRun ? TenantResult.Outcome.PLANNED : TenantResult.Outcome.SUCCEEDED;
            return new TenantResult(tenant.id(), outcome, heads, reached, steps, since(started), null);
        } catch (RuntimeException | LinkageError e) {
            return new TenantResult(
                    tenant.id(),
                    TenantResult.Outcome.FAILED,
                    List.of(),
                    List.of(),
                    List.of(),
                    since(started),
                    message(e));
        }
    }

    /** The heads a plan leaves: each step takes its from-revisions off and puts its to-revisions on. */
    private static List<String> headsAfter(List<String> heads, List<MigrationStep> plan) {
        Set<String> after = new LinkedHashSet<>(heads);
        for (MigrationStep step : plan) {
            step.fromRevisions().forEach(after::remove);
            after.addAll(step.toRevisions());
        }
        return new ArrayList<>(after);
    }

    /** The failure's message and its causes' (the driver's own words are often only there), on one line. */
    private static String message(Throwable e) {
        StringBuilder text =
                new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String more = cause.getMessage();
            if (more != null && text.indexOf(more) < 0) {
                text.append(" Cause: ").append(more);
            }
        }
        return UrlMasker.mask(text.toString().replaceAll("\\s*\\R\\s*", " ").strip());
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
