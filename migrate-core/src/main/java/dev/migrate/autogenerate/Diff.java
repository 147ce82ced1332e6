package dev.migrate.autogenerate;

import dev.migrate.ops.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What autogenerate found: the operations that bring the database to the model, their exact
 * reverse, and each difference in plain words.
 *
 * @param upgrade     the operations, in an order that runs
 * @param differences one line per difference, e.g.
 *                    {@code table 'post': column 'summary' (varchar(200)) missing in database}
 * @param forReview   the operations autogenerate guessed (renames), which the revision marks
 */
public record Diff(List<Operation> upgrade, List<String> differences, Set<Operation> forReview) {

    public Diff {
        upgrade = List.copyOf(upgrade);
        differences = List.copyOf(differences);
        forReview = Set.copyOf(forReview);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /** The downgrade: each upgrade operation's reverse, last first. */
    public List<Operation> downgrade() {
        List<Operation> reversed = new ArrayList<>();
        for (Operation op : upgrade) {
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
