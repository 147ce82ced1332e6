package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole schema: its tables and sequences. Both sides of autogenerate are one of these — the
 * database as reflected, and the target built from the entities — so comparing is comparing
 * two values.
 */
public record SchemaModel(List<Table> tables, List<Sequence> sequences) {

    public SchemaModel {
        tables = sorted(tables, Comparator.comparing(Table::name));
        sequences = sorted(sequences, Comparator.comparing(Sequence::name));
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
