package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Draws the report's ratios as grouped bars (XChart), one group per benchmark case, one colour per tool. */
final class RatioChart {

    private RatioChart() {}

    // XChart 4 marks its one-chart saveBitmap deprecated with no replacement but the list form for chart grids.
    @SuppressWarnings("deprecation")
    static void write(List<Report.Bar> bars, Path png) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        for (Report.Bar bar : bars) {
            groups.add(bar.group());
            series.add(bar.series());
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(1400)
                .height(600)
                .title(
                        "Time relative to each group's baseline (plain JDBC; check: Hibernate's validation; Boot: no tool; CLI: the tool the group names) = 1; lower is better")
                .xAxisTitle("benchmark")
                .yAxisTitle("× baseline (log scale)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisLogarithmic(true);
        // Bars start at zero unless told otherwise, and a log axis has no zero.
        chart.getStyler().setYAxisMin(0.1);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setDecimalPattern("0.0");
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> groupList = new ArrayList<>(groups);
        for (String name : series) {
            List<Double> values = new ArrayList<>();
            for (String group : groupList) {
                values.add(valueOf(bars, group, name));
            }
            chart.addSeries(name, groupList, values);
        }
        try {
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + png, e);
        }
    }

    /** A missing bar is drawn as nothing; XChart takes {@code null} for that. */
    private static Double valueOf(List<Report.Bar> bars, String group, String series) {
        for (Report.Bar bar : bars) {
            if (bar.group().equals(group) && bar.series().equals(series)) {
                return bar.ratio();
            }
        }
        return null;
    }
}
