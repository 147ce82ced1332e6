package dev.migrate.internal.script.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every name a revision answers to (its id and its own branch labels), with prefix lookup in
 * logarithmic time. Matches come back in insertion order (ids in input order, then labels), the
 * order Alembic lists them in.
 */
final class RevisionKeys {

    private final Map<String, GraphRevision> byKey = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final TreeMap<String, GraphRevision> sorted = new TreeMap<>();

    GraphRevision get(String key) {
        return byKey.get(key);
    }

    boolean contains(String key) {
        return byKey.containsKey(key);
    }

    void put(String key, GraphRevision revision) {
        byKey.put(key, revision);
        position.putIfAbsent(key, position.size());
        sorted.put(key, revision);
    }

    /** Keys longer than three characters that start with {@code prefix}, as Alembic's partial match. */
    List<String> startingWith(String prefix) {
        List<String> matches = new ArrayList<>();
        for (String key : sorted.tailMap(prefix, true).keySet()) {
            if (!key.startsWith(prefix)) {
                break;
            }
            if (key.length() > 3) {
                matches.add(key);
            }
        }
        matches.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
        return matches;
    }
}
