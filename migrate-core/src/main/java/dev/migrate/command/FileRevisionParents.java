package dev.migrate.command;

import dev.migrate.BadInputException;
import dev.migrate.script.graph.RevisionNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link RevisionParents} over the declared revisions alone: heads, ids, prefixes, labels and
 * {@code label@head}, enough for writing new revisions before anything is compiled or run.
 */
public final class FileRevisionParents implements RevisionParents {

    static final String MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision on which "
            + "the new revision should be based, or perform a merge.";

    private final Map<String, RevisionNode> nodes = new LinkedHashMap<>();
    private final Set<String> parents = new HashSet<>();

    public FileRevisionParents(List<RevisionNode> revisions) {
        for (RevisionNode node : revisions) {
            nodes.put(node.id(), node);
            parents.addAll(node.downRevisions());
        }
    }

    @Override
    public List<String> resolveParents(String head) {
        List<String> result = new ArrayList<>();
        for (String part : head.split(",")) {
            result.addAll(resolveOne(part.strip()));
        }
        return result;
    }

    private List<String> resolveOne(String head) {
        switch (head) {
            case "base":
                return List.of();
            case "heads":
                return heads(nodes.keySet());
            case "head": {
                List<String> heads = heads(nodes.keySet());
                if (heads.size() > 1) {
                    throw new BadInputException(MULTIPLE_HEADS);
                }
                return heads;
            }
            default:
                break;
        }
        int at = head.indexOf('@');
        if (at > 0 && head.substring(at + 1).equals("head")) {
            List<String> heads = heads(descendantsOf(resolveId(head.substring(0, at))));
            if (heads.size() > 1) {
                throw new BadInputException(MULTIPLE_HEADS);
            }
            return heads;
        }
        return List.of(resolveId(head));
    }

    @Override
    public boolean isHead(String id) {
        return nodes.containsKey(id) && !parents.contains(id);
    }

    @Override
    public String resolveDependency(String dependency) {
        return revisionWithLabel(dependency) != null ? dependency : resolveId(dependency);
    }

    @Override
    public String revisionWithLabel(String label) {
        for (RevisionNode node : nodes.values()) {
            if (node.branchLabels().contains(label)) {
                return node.id();
            }
        }
        return null;
    }

    @Override
    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    private String resolveId(String idOrLabel) {
        if (nodes.containsKey(idOrLabel)) {
            return idOrLabel;
        }
        String labelled = revisionWithLabel(idOrLabel);
        if (labelled != null) {
            return labelled;
        }
        List<String> matches = idOrLabel.length() < 4 ? List.of()
                : nodes.keySet().stream().filter(id -> id.startsWith(idOrLabel)).toList();
        if (matches.size() != 1) {
            throw new BadInputException("Can't locate revision identified by '" + idOrLabel + "'");
        }
        return matches.get(0);
    }

    private List<String> heads(Set<String> among) {
        return among.stream().filter(this::isHead).toList();
    }

    private Set<String> descendantsOf(String id) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (RevisionNode node : nodes.values()) {
            for (String parent : node.downRevisions()) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(node.id());
            }
        }
        Set<String> seen = new java.util.LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }
}
