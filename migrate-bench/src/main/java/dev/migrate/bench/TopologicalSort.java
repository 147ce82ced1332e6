package dev.migrate.bench;

import dev.migrate.internal.script.graph.RevisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph benchmark's baseline: Kahn's topological sort over parent links, the least work
 * any ordering of the revisions needs, with no checks, no labels and no resolution.
 */
final class TopologicalSort {

    private TopologicalSort() {}

    static List<String> order(List<RevisionNode> nodes) {
        Map<String, Integer> waiting = new HashMap<>(nodes.size() * 2);
        Map<String, List<String>> children = new HashMap<>(nodes.size() * 2);
        Deque<String> ready = new ArrayDeque<>();
        for (RevisionNode node : nodes) {
            List<String> parents = node.downRevisions();
            waiting.put(node.id(), parents.size());
            if (parents.isEmpty()) {
                ready.add(node.id());
            }
            for (String parent : parents) {
                children.computeIfAbsent(parent, p -> new ArrayList<>(2)).add(node.id());
            }
        }
        List<String> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String child : children.getOrDefault(id, List.of())) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        return order;
    }
}
