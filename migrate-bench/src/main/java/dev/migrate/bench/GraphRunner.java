package dev.migrate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link GraphBenchmark} under JMH in one forked JVM and turns each measured iteration into a value. */
final class GraphRunner {

    static final Map<String, String> LABELS = Map.of(
            "baselineTopologicalSort", "baseline: plain topological sort of the nodes",
            "load", "load: RevisionGraph.of(nodes)",
            "resolveHeads", "resolve(\"heads\") on a loaded graph",
            "pathBaseToHeads", "upgradeSteps(base → heads) on a loaded graph",
            "loadResolvePath", "load + resolve heads + path base → heads");

    static final List<String> ORDER =
            List.of("baselineTopologicalSort", "load", "resolveHeads", "pathBaseToHeads", "loadResolvePath");

    private GraphRunner() {}

    static List<Measured> run(int iterations) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(GraphBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        Map<String, Samples> byMethod = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String name = result.getParams().getBenchmark();
            byMethod.put(name.substring(name.lastIndexOf('.') + 1), iterationScores(result));
        }
        List<Measured> rows = new ArrayList<>();
        for (String method : ORDER) {
            rows.add(new Measured(LABELS.get(method), byMethod.get(method), "ms"));
        }
        return rows;
    }

    private static Samples iterationScores(RunResult result) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                scores.add(iteration.getPrimaryResult().getScore());
            }
        }
        return new Samples(scores);
    }
}
