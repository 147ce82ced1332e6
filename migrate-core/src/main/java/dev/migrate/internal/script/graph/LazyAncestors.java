package dev.migrate.internal.script.graph;

import java.util.BitSet;
import java.util.PriorityQueue;

/**
 * The ancestors of one revision (itself included, dependencies followed), explored only as deep
 * as the questions asked need: to learn whether {@code x} is an ancestor it suffices to expand the
 * revisions ranked above {@code x}, since every path down to {@code x} runs through them. Each
 * revision is expanded at most once, however many questions are asked.
 */
final class LazyAncestors {

    private final BitSet found = new BitSet();
    private final BitSet removed = new BitSet();
    private final PriorityQueue<GraphRevision> frontier =
            new PriorityQueue<>((a, b) -> Integer.compare(b.rank, a.rank));

    LazyAncestors(GraphRevision start) {
        found.set(start.ordinal());
        frontier.add(start);
    }

    boolean contains(GraphRevision revision) {
        while (!frontier.isEmpty() && frontier.peek().rank >= revision.rank) {
            for (GraphRevision parent : frontier.poll().normalizedDown) {
                if (!found.get(parent.ordinal())) {
                    found.set(parent.ordinal());
                    frontier.add(parent);
                }
            }
        }
        return found.get(revision.ordinal()) && !removed.get(revision.ordinal());
    }

    /** Forgets a revision, as when the walk moves from it to its only parent. */
    void remove(GraphRevision revision) {
        removed.set(revision.ordinal());
    }
}
