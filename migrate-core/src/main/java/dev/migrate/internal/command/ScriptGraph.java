package dev.migrate.internal.command;

import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revision graph together with where each revision came from: what the commands that show
 * revisions work on, as Alembic's {@code ScriptDirectory}.
 *
 * @param graph   the graph
 * @param sources each revision's file or class, by id
 */
public record ScriptGraph(RevisionGraph graph, Map<String, String> sources) {

    public ScriptGraph {
        sources = Map.copyOf(sources);
    }

    public static ScriptGraph of(RevisionGraph graph, List<RevisionScript> scripts) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (RevisionScript script : scripts) {
            sources.put(script.id(), script.source());
        }
        return new ScriptGraph(graph, sources);
    }

    /** Builds the graph of {@code scripts}. */
    public static ScriptGraph of(List<RevisionScript> scripts) {
        return of(RevisionGraph.of(scripts.stream().map(RevisionScript::node).toList()), scripts);
    }

    /** What {@link RevisionText} shows beside the graph's facts; the message stands for Alembic's docstring. */
    public RevisionText.Source source(GraphRevision revision, boolean current) {
        return new RevisionText.Source(sources.getOrDefault(revision.id(), revision.id()), revision.message(), current);
    }
}
