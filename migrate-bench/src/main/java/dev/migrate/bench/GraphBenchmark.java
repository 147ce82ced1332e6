package dev.migrate.bench;

import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4 (JMH): a graph of 10,000 revisions with branches and merges, loaded, its heads
 * resolved, and the path from base to heads computed. The baseline is the least that work
 * takes: a plain topological sort of the same nodes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphBenchmark {

    @Param("10000")
    public int size;

    private List<RevisionNode> nodes;
    private RevisionGraph graph;

    @Setup
    public void setUp() {
        nodes = GraphFixture.revisions(size);
        graph = RevisionGraph.of(nodes);
    }

    @Benchmark
    public RevisionGraph load() {
        return RevisionGraph.of(nodes);
    }

    @Benchmark
    public List<String> resolveHeads() {
        return graph.resolve("heads");
    }

    @Benchmark
    public List<MigrationStep> pathBaseToHeads() {
        return graph.upgradeSteps(List.of(), "heads");
    }

    /** What a command does: all three on a graph it has just built. */
    @Benchmark
    public List<MigrationStep> loadResolvePath() {
        RevisionGraph fresh = RevisionGraph.of(nodes);
        fresh.resolve("heads");
        return fresh.upgradeSteps(List.of(), "heads");
    }

    @Benchmark
    public List<String> baselineTopologicalSort() {
        return TopologicalSort.order(nodes);
    }
}
