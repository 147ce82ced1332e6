package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Version-table rows of which one is an ancestor of another. A version table holds only the
 * newest revision of each applied branch, so such rows were written by hand or by a stamp script
 * run on the wrong database; planning from them would run (or undo) revisions twice.
 */
public final class OverlappingRows {

    private final List<String> rows;
    private final List<String> overlaps;
    private final List<String> newest;

    private OverlappingRows(List<String> rows, List<String> overlaps, List<String> newest) {
        this.rows = rows;
        this.overlaps = overlaps;
        this.newest = newest;
    }

    /**
     * The overlaps among {@code rows}, if any; rows the graph does not know are left to the
     * "Can't locate revision" check. Asks the graph only when there are several rows, so the
     * usual single head costs nothing.
     */
    public static Optional<OverlappingRows> find(RevisionGraph graph, List<String> rows) {
        if (rows.size() < 2) {
            return Optional.empty();
        }
        List<String> overlaps = new ArrayList<>();
        Set<String> below = new LinkedHashSet<>();
        for (String row : rows) {
            if (graph.standsFor(row).isEmpty()) {
                continue;
            }
            Set<String> ancestors = new LinkedHashSet<>(graph.ancestorsOf(List.of(row)));
            ancestors.remove(row);
            for (String other : rows) {
                if (!other.equals(row) && ancestors.contains(other)) {
                    overlaps.add(other + " is an ancestor of " + row);
                    below.add(other);
                }
            }
        }
        if (overlaps.isEmpty()) {
            return Optional.empty();
        }
        List<String> newest = rows.stream().filter(row -> !below.contains(row)).toList();
        return Optional.of(new OverlappingRows(List.copyOf(rows), overlaps, newest));
    }

    /** Refuses a command that would plan steps from overlapping rows. */
    public static void require(RevisionGraph graph, List<String> rows, String tableName) {
        find(graph, rows).ifPresent(found -> {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    found.problem(tableName) + " Nothing was run. " + found.repair());
        });
    }

    /**
     * Refuses a stamp that would leave overlapping rows ({@code stamp k1 k3} with k1 below k3):
     * Alembic writes both, but every command after it would then refuse the table.
     */
    public static void requireForStamp(RevisionGraph graph, List<String> targets, Collection<String> headsAfter) {
        find(graph, List.copyOf(headsAfter)).ifPresent(found -> {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    "stamp " + String.join(" ", targets) + " would leave the version table inconsistent: "
                            + String.join("; ", found.overlaps)
                            + ", and a version table holds only the newest revision of each"
                            + " branch. Nothing was stamped. Stamp only the newest revisions: migrate stamp "
                            + String.join(" ", found.newest) + ".");
        });
    }

    /** What is wrong, naming every row; {@code tableName} may be {@code null}. */
    public String problem(String tableName) {
        return "The version table " + (tableName == null ? "" : tableName + " ") + "is inconsistent: it holds "
                + String.join(", ", rows) + ", but "
                + String.join("; ", overlaps) + ". A version table holds only the newest revision of each branch;"
                + " rows like these are left by a hand edit or a stamp script run on the wrong database.";
    }

    /** How to repair it. */
    public String repair() {
        return "Check which revisions the schema is really at and record exactly those with stamp --purge"
                + " (if it is at the newest rows: migrate stamp --purge " + String.join(" ", newest) + ").";
    }
}
