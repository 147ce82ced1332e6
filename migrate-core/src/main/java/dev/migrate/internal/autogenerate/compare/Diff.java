package dev.migrate.internal.autogenerate.compare;

import dev.migrate.ops.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What autogenerate found: the operations that bring the database to the model, their exact
 * reverse, and each difference in plain words.
 *
 * @param upgrade     the operations, in an order that runs
 * @param differences one line per difference, e.g.
 *                    {@code table 'post': column 'summary' (varchar(200)) missing in database}
 * @param forReview   the operations autogenerate guessed (renames), which the revision marks
 * @param notes       a comment to write above an operation, e.g. the TODO of a backfill placeholder
 * @param downgradeAs the downgrade when it is not the upgrade's reverse (a safe-form step whose raw
 *                    SQL has none), else {@code null}
 */
public record Diff(
        List<Operation> upgrade,
        List<String> differences,
        Set<Operation> forReview,
        Map<Operation, String> notes,
        List<Operation> downgradeAs) {

    public Diff {
        upgrade = List.copyOf(upgrade);
        differences = List.copyOf(differences);
        forReview = Set.copyOf(forReview);
        notes = notes == null ? Map.of() : Map.copyOf(notes);
        downgradeAs = downgradeAs == null ? null : List.copyOf(downgradeAs);
    }

    public Diff(List<Operation> upgrade, List<String> differences, Set<Operation> forReview) {
        this(upgrade, differences, forReview, Map.of(), null);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /**
     * The downgrade: each upgrade operation's reverse, last first. Rows inserted into a table the
     * same upgrade creates (a baseline's data) have none: dropping the table removes them.
     */
    public List<Operation> downgrade() {
        if (downgradeAs != null) {
            return downgradeAs;
        }
        Set<String> created = new java.util.HashSet<>();
        for (Operation op : upgrade) {
            if (op instanceof dev.migrate.ops.CreateTable create) {
                created.add(create.table().name());
            }
        }
        List<Operation> reversed = new ArrayList<>();
        for (Operation op : upgrade) {
            if (op instanceof dev.migrate.ops.BulkInsert insert
                    && insert.schema() == null
                    && created.contains(insert.table())) {
                continue;
            }
            reversed.add(op.reverse());
        }
        Collections.reverse(reversed);
        return reversed;
    }

    /** This diff with other upgrade operations (after a {@link RevisionRewriter}). */
    public Diff withUpgrade(List<Operation> operations) {
        return new Diff(operations, differences, forReview);
    }
}
