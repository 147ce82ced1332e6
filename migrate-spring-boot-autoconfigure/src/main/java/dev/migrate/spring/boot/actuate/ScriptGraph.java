package dev.migrate.spring.boot.actuate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import dev.migrate.script.graph.RevisionNode;

/**
 * The little graph arithmetic a status report needs: heads, an oldest-first order, and the
 * revisions a set of heads implies. The facade hands out scripts in no particular order, so
 * this works from their declared nodes alone.
 */
final class ScriptGraph {

    private final Map<String, RevisionNode> nodes = new HashMap<>();

    ScriptGraph(Collection<RevisionNode> nodes) {
        for (RevisionNode node : nodes) {
            this.nodes.put(node.id(), node);
        }
    }

    boolean contains(String id) {
        return this.nodes.containsKey(id);
    }

    /** Revisions that no other revision names as its down revision, sorted by id. */
    List<String> heads() {
        Set<String> parents = new HashSet<>();
        this.nodes.values().forEach((node) -> parents.addAll(node.downRevisions()));
        return this.nodes.keySet().stream().filter((id) -> !parents.contains(id)).sorted().toList();
    }

    /** Every revision, each after its down revisions and dependencies; ties go by id so the order is stable. */
    List<RevisionNode> oldestFirst() {
        Map<String, Set<String>> waitingOn = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionNode node : this.nodes.values()) {
            Set<String> before = new HashSet<>(node.downRevisions());
            before.addAll(resolve(node.dependsOn()));
            before.retainAll(this.nodes.keySet());
            waitingOn.put(node.id(), before);
            before.forEach((parent) -> children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(node.id()));
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        waitingOn.forEach((id, before) -> {
            if (before.isEmpty()) {
                ready.add(id);
            }
        });
        List<RevisionNode> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(this.nodes.get(id));
            for (String child : children.getOrDefault(id, List.of())) {
                Set<String> before = waitingOn.get(child);
                before.remove(id);
                if (before.isEmpty()) {
                    ready.add(child);
                }
            }
        }
        // A cycle would be a loader error; list what is left rather than hide it.
        this.nodes.keySet().stream().filter((id) -> !waitingOn.get(id).isEmpty()).sorted()
            .forEach((id) -> order.add(this.nodes.get(id)));
        return order;
    }

    /** The given heads and everything below them through down revisions and dependencies. */
    Set<String> appliedBelow(Collection<String> heads) {
        Set<String> applied = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(heads);
        while (!toVisit.isEmpty()) {
            String id = toVisit.pop();
            RevisionNode node = this.nodes.get(id);
            if (node != null && applied.add(id)) {
                toVisit.addAll(node.downRevisions());
                toVisit.addAll(resolve(node.dependsOn()));
            }
        }
        return applied;
    }

    /** Dependencies are written as ids, unique id prefixes or branch labels. */
    private List<String> resolve(List<String> references) {
        List<String> ids = new ArrayList<>();
        for (String reference : references) {
            if (this.nodes.containsKey(reference)) {
                ids.add(reference);
                continue;
            }
            List<String> labelled = this.nodes.values().stream()
                .filter((node) -> node.branchLabels().contains(reference))
                .map(RevisionNode::id)
                .toList();
            if (!labelled.isEmpty()) {
                ids.addAll(labelled);
                continue;
            }
            List<String> prefixed = this.nodes.keySet().stream().filter((id) -> id.startsWith(reference)).toList();
            if (prefixed.size() == 1) {
                ids.addAll(prefixed);
            }
        }
        return ids;
    }

}
