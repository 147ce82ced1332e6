package dev.migrate.internal.autogenerate.compare;

import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes renames where something dropped and something added match exactly (opt-in,
 * {@code --detect-renames}). Only a one-to-one match is proposed; anything ambiguous stays a
 * drop and an add. Every proposal is marked for review in the generated revision.
 */
final class RenameDetector {

    private RenameDetector() {}

    /** A dropped and an added table with the same columns (names and types) become a rename. */
    static void renameTables(
            List<Table> added, List<Table> dropped, TypeEquivalence types, SchemaComparator.Plan plan) {
        for (Table to : new ArrayList<>(added)) {
            List<Table> candidates = dropped.stream()
                    .filter(from -> sameColumns(from, to, types))
                    .toList();
            if (candidates.size() != 1) {
                continue;
            }
            Table from = candidates.get(0);
            long rivals = added.stream()
                    .filter(other -> sameColumns(from, other, types))
                    .count();
            if (rivals != 1) {
                continue;
            }
            Operation rename = SchemaComparator.renameTable(from, to);
            plan.renames.add(rename);
            plan.forReview.add(rename);
            plan.say("table '" + from.name() + "' looks renamed to '" + to.name() + "' (review)");
            added.remove(to);
            dropped.remove(from);
        }
    }

    /** In one table, one dropped and one added column of the same type and nullability become a rename. */
    static void renameColumns(
            Table table, List<Column> added, List<Column> dropped, TypeEquivalence types, SchemaComparator.Plan plan) {
        for (Column to : new ArrayList<>(added)) {
            List<Column> candidates =
                    dropped.stream().filter(from -> sameColumn(from, to, types)).toList();
            if (candidates.size() != 1) {
                continue;
            }
            Column from = candidates.get(0);
            if (added.stream().filter(other -> sameColumn(from, other, types)).count() != 1) {
                continue;
            }
            AlterColumn rename = AlterColumn.of(table.schema(), table.name(), from.name())
                    .rename(to.name())
                    .existing(from)
                    .build();
            plan.renames.add(rename);
            plan.forReview.add(rename);
            plan.say("table '" + table.name() + "': column '" + from.name() + "' looks renamed to '" + to.name()
                    + "' (review)");
            added.remove(to);
            dropped.remove(from);
        }
    }

    private static boolean sameColumn(Column a, Column b, TypeEquivalence types) {
        return types.same(a.type(), b.type()) && a.nullable() == b.nullable();
    }

    private static boolean sameColumns(Table a, Table b, TypeEquivalence types) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (Column c : b.columns()) {
            Column other = a.columns().stream()
                    .filter(x -> x.name().equalsIgnoreCase(c.name()))
                    .findFirst()
                    .orElse(null);
            if (other == null || !types.same(other.type(), c.type())) {
                return false;
            }
        }
        return true;
    }
}
