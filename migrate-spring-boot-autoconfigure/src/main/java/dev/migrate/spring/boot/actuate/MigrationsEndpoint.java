package dev.migrate.spring.boot.actuate;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrationStatus;
import dev.migrate.RevisionState;
import dev.migrate.RevisionStatus;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/**
 * {@link Endpoint @Endpoint} that shows, per application context and runner bean, where the
 * database stands against the revision scripts; one revision also shows the SQL of its upgrade.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final ApplicationContext context;

    /**
     * Creates the endpoint.
     * @param context the application context whose runners (and whose parents' runners) are shown
     */
    public MigrationsEndpoint(ApplicationContext context) {
        this.context = context;
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, ContextMigrationsDescriptor> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
            Map<String, RunnerDescriptor> runners = new LinkedHashMap<>();
            target.getBeansOfType(Migrate.class).forEach((name, migrate) -> runners.put(name, describe(migrate)));
            contexts.put(target.getId(), new ContextMigrationsDescriptor(runners, parentId(target)));
        }
        return new MigrationsDescriptor(contexts);
    }

    @ReadOperation
    public RevisionMigrationsDescriptor revision(@Selector String revision) {
        Map<String, ContextRevisionDescriptor> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
            Map<String, RevisionDescriptor> runners = new LinkedHashMap<>();
            target.getBeansOfType(Migrate.class).forEach((name, migrate) -> {
                RevisionDescriptor found = find(migrate, revision);
                if (found != null) {
                    runners.put(name, found);
                }
            });
            if (!runners.isEmpty()) {
                contexts.put(target.getId(), new ContextRevisionDescriptor(runners, parentId(target)));
            }
        }
        return contexts.isEmpty() ? null : new RevisionMigrationsDescriptor(contexts);
    }

    private static String parentId(ApplicationContext context) {
        return (context.getParent() != null) ? context.getParent().getId() : null;
    }

    private RunnerDescriptor describe(Migrate migrate) {
        MigrationStatus status = migrate.status();
        List<RevisionDescriptor> revisions = status.revisions().stream()
                .map((revision) -> RevisionDescriptor.of(revision, null))
                .toList();
        return new RunnerDescriptor(
                status.currentHeads(),
                status.scriptHeads(),
                status.upToDate(),
                revisions,
                UnfinishedAttempt.of(status.unfinished()),
                PendingLint.of(migrate, status.upToDate()));
    }

    /** Finds a revision by its full id, or by a prefix that only one of the runner's revisions has. */
    private RevisionDescriptor find(Migrate migrate, String revision) {
        RevisionStatus match = migrate.status().find(revision).orElse(null);
        if (match == null) {
            return null;
        }
        return RevisionDescriptor.of(match, (match.script() != null) ? upgradeSql(migrate, match.script()) : null);
    }

    private String upgradeSql(Migrate migrate, RevisionScript script) {
        return new RevisionSqlRenderer(Dialect.named(migrate.databaseDialect())).renderUpgrade(script);
    }

    /**
     * The runners of every context, from the endpoint's own up to the root.
     * @param contexts per context id
     */
    public record MigrationsDescriptor(Map<String, ContextMigrationsDescriptor> contexts)
            implements OperationResponseBody {}

    /**
     * The runners of one context.
     * @param runners per bean name
     * @param parentId the parent context's id, if any
     */
    public record ContextMigrationsDescriptor(Map<String, RunnerDescriptor> runners, String parentId) {}

    /**
     * One runner's database against its scripts.
     * @param currentHeads the database's heads
     * @param scriptHeads the scripts' heads
     * @param upToDate whether nothing is pending and nothing unknown is applied
     * @param revisions every revision, oldest first, then those only the database knows
     * @param unfinishedAttempts steps that started and did not complete, which may be partly applied
     * @param lint what lint finds in the pending revisions
     */
    public record RunnerDescriptor(
            List<String> currentHeads,
            List<String> scriptHeads,
            boolean upToDate,
            List<RevisionDescriptor> revisions,
            List<UnfinishedAttempt> unfinishedAttempts,
            PendingLint lint) {}

    /**
     * One revision in every context and runner that knows it.
     * @param contexts per context id
     */
    public record RevisionMigrationsDescriptor(Map<String, ContextRevisionDescriptor> contexts)
            implements OperationResponseBody {}

    /**
     * One revision in the runners of one context.
     * @param runners per bean name
     * @param parentId the parent context's id, if any
     */
    public record ContextRevisionDescriptor(Map<String, RevisionDescriptor> runners, String parentId) {}

    /**
     * A revision as the scripts declare it and as the history log recorded it.
     * @param revision the id
     * @param downRevisions its parents
     * @param branchLabels the labels it declares
     * @param dependsOn its dependencies as written
     * @param message its message
     * @param script the file or class that declares it; for an unknown revision, the one recorded when it ran
     * @param state applied, pending or unknown
     * @param appliedAt when its latest upgrade ran
     * @param appliedBy the database user that ran it
     * @param executionTime how long it took, in milliseconds
     * @param checksum the script's checksum now
     * @param appliedChecksum the checksum recorded when it ran
     * @param checksumMatches whether the two still match, {@code null} when either is missing
     * @param sql the SQL of its upgrade, only when one revision is asked for
     * @param replaces for a squashed revision, the revisions it stands for, oldest first
     * @param tag the tag ({@code --tag}, {@code migrate.tag}) of the run that applied it, if it had one
     */
    public record RevisionDescriptor(
            String revision,
            List<String> downRevisions,
            Set<String> branchLabels,
            List<String> dependsOn,
            String message,
            String script,
            RevisionState state,
            Instant appliedAt,
            String appliedBy,
            Long executionTime,
            String checksum,
            String appliedChecksum,
            Boolean checksumMatches,
            String sql,
            List<String> replaces,
            String tag) {

        static RevisionDescriptor of(RevisionStatus status, String sql) {
            RevisionScript script = status.script();
            AppliedRevision applied = status.lastApplied();
            return new RevisionDescriptor(
                    status.revision(),
                    (script != null) ? script.node().downRevisions() : List.of(),
                    (script != null) ? script.node().branchLabels() : Set.of(),
                    (script != null) ? script.node().dependsOn() : List.of(),
                    (script != null) ? script.node().message() : (applied != null) ? applied.message() : null,
                    (script != null) ? script.source() : (applied != null) ? applied.script() : null,
                    status.state(),
                    (applied != null) ? applied.appliedAt() : null,
                    (applied != null) ? applied.appliedBy() : null,
                    (applied != null && applied.executionTime() != null)
                            ? applied.executionTime().toMillis()
                            : null,
                    (script != null) ? script.checksum() : null,
                    (applied != null) ? applied.checksum() : null,
                    status.checksumMatches(),
                    sql,
                    (script != null) ? script.node().replaces() : List.of(),
                    (applied != null) ? applied.tag() : null);
        }
    }
}
