package dev.migrate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure, reduced to median, min and max. */
public record Samples(List<Double> values) {

    public Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A figure needs at least one measurement");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    public static Samples of(double... values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(value);
        }
        return new Samples(list);
    }

    public double median() {
        int size = values.size();
        int middle = size / 2;
        return size % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    public double min() {
        return values.get(0);
    }

    public double max() {
        return values.get(values.size() - 1);
    }

    public int count() {
        return values.size();
    }
}
