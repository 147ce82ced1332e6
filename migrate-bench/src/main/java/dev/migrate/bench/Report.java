package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RESULTS.md as the benchmarks fill it: tables of median, min and max with the ratio to the
 * section's baseline, one verdict per target, and the ratios the chart draws.
 */
final class Report {

    /**
     * One target of the issue and whether this run met it.
     *
     * @param benchmark which benchmark
     * @param target    the target as the issue states it
     * @param measured  the figure it is judged by
     * @param met       {@code null} when not measured in this run
     */
    record Verdict(String benchmark, String target, String measured, Boolean met) {}

    /**
     * One bar of the chart.
     *
     * @param group  the chart's category (database, size)
     * @param series the tool
     * @param ratio  median over the baseline's median
     */
    record Bar(String group, String series, double ratio) {}

    private final StringBuilder body = new StringBuilder();
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();

    void heading(String text) {
        body.append("\n## ").append(text).append("\n\n");
    }

    void subheading(String text) {
        body.append("\n### ").append(text).append("\n\n");
    }

    void paragraph(String text) {
        body.append(text).append("\n\n");
    }

    /** A table of figures; the first row is the baseline the ratios are taken to. */
    void table(List<Measured> rows) {
        table(rows, rows.get(0), "ratio to baseline");
    }

    void table(List<Measured> rows, Measured baseline, String ratioHeading) {
        String unit = rows.get(0).unit();
        body.append("| | median (")
                .append(unit)
                .append(") | min | max | runs | ")
                .append(ratioHeading)
                .append(" |\n");
        body.append("|---|---:|---:|---:|---:|---:|\n");
        for (Measured row : rows) {
            body.append("| ")
                    .append(row.label())
                    .append(row == baseline ? " (baseline)" : "")
                    .append(" | ")
                    .append(number(row.samples().median()))
                    .append(" | ")
                    .append(number(row.samples().min()))
                    .append(" | ")
                    .append(number(row.samples().max()))
                    .append(" | ")
                    .append(row.samples().count())
                    .append(" | ")
                    .append(baseline == null ? "" : ratio(row.ratioTo(baseline)))
                    .append(" |\n");
        }
        body.append('\n');
    }

    void verdict(String benchmark, String target, String measured, Boolean met) {
        verdicts.add(new Verdict(benchmark, target, measured, met));
    }

    void bar(String group, String series, double ratio) {
        bars.add(new Bar(group, series, ratio));
    }

    List<Bar> bars() {
        return List.copyOf(bars);
    }

    List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    /** The whole file: header, machine, the targets at a glance, then every section. */
    String render(String header, String machine) {
        StringBuilder out = new StringBuilder(header)
                .append("\n## Machine\n\n")
                .append(machine)
                .append('\n');
        out.append("\n## Targets\n\n| benchmark | target | this run | met |\n|---|---|---|---|\n");
        for (Verdict verdict : verdicts) {
            String met = verdict.met() == null ? "not measured in this run" : verdict.met() ? "yes" : "**no — missed**";
            out.append("| ")
                    .append(verdict.benchmark())
                    .append(" | ")
                    .append(verdict.target())
                    .append(" | ")
                    .append(verdict.measured())
                    .append(" | ")
                    .append(met)
                    .append(" |\n");
        }
        return out.append(body).toString();
    }

    void write(Path file, String header, String machine) {
        try {
            Files.writeString(file, render(header, machine));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}
