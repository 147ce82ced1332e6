package dev.migrate.bench;

import dev.migrate.internal.script.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A revision graph shaped like a long-lived project's: a trunk where, every few revisions, a
 * feature branch splits off and later merges back, a labelled branch with its own base that
 * one of the two trunk heads left open at the end depends on.
 */
public final class GraphFixture {

    private static final int BLOCK = 25;
    private static final int BRANCH_LENGTH = 8;

    private GraphFixture() {}

    /** {@code size} revisions (at least 100): trunk with branches and merges, plus a labelled side line. */
    public static List<RevisionNode> revisions(int size) {
        if (size < 100) {
            throw new IllegalArgumentException("The graph fixture needs at least 100 revisions, not " + size);
        }
        List<RevisionNode> nodes = new ArrayList<>(size);
        // A separate line with its own base and label, as a plugin's migrations would be.
        int sideLength = size / 100;
        String sideTip = null;
        for (int i = 0; i < sideLength; i++) {
            String id = id(nodes.size());
            nodes.add(new RevisionNode(
                    id,
                    sideTip == null ? List.of() : List.of(sideTip),
                    sideTip == null ? Set.of("audit") : Set.of(),
                    List.of(),
                    "audit " + i));
            sideTip = id;
        }
        String trunk = null;
        while (size - nodes.size() > 2) {
            trunk = size - nodes.size() - 2 >= BLOCK ? block(nodes, trunk) : add(nodes, trunk);
        }
        // Two revisions on the trunk's tip that are never merged, one depending on the side line.
        nodes.add(new RevisionNode(id(nodes.size()), List.of(trunk), Set.of(), List.of(sideTip), "open a"));
        add(nodes, trunk);
        return nodes;
    }

    /** A branch of {@link #BRANCH_LENGTH} beside the trunk's, a merge, and trunk revisions up to {@link #BLOCK}. */
    private static String block(List<RevisionNode> nodes, String trunk) {
        String split = add(nodes, trunk);
        String branch = split;
        String main = split;
        for (int i = 0; i < BRANCH_LENGTH; i++) {
            branch = add(nodes, branch);
            main = add(nodes, main);
        }
        String merge = id(nodes.size());
        nodes.add(new RevisionNode(merge, List.of(main, branch), Set.of(), List.of(), "merge"));
        String tip = merge;
        for (int i = 2 + 2 * BRANCH_LENGTH; i < BLOCK; i++) {
            tip = add(nodes, tip);
        }
        return tip;
    }

    private static String add(List<RevisionNode> nodes, String parent) {
        String id = id(nodes.size());
        nodes.add(new RevisionNode(
                id, parent == null ? List.of() : List.of(parent), Set.of(), List.of(), "r" + nodes.size()));
        return id;
    }

    static String id(int index) {
        return String.format("%012x", 0xa00000000000L + index * 7919L);
    }
}
