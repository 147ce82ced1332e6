package dev.migrate.internal.autogenerate.compare;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropTable;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders new tables so that each comes after the tables its foreign keys refer to, and dropped
 * tables the other way round. A foreign key that cannot be satisfied that way (a cycle) is
 * taken out of its table and added once all the tables exist, or dropped before any goes.
 */
final class TableOrder {

    private final List<Table> added;
    private final List<Table> dropped;

    TableOrder(List<Table> added, List<Table> dropped) {
        this.added = added;
        this.dropped = dropped;
    }

    void plan(SchemaComparator.Plan plan, TypeEquivalence types) {
        Sorted create = sort(added);
        for (Table t : create.tables()) {
            plan.createTables.add(new CreateTable(t, false));
            plan.say("table '" + t.name() + "' missing in database");
        }
        for (Deferred d : create.deferred()) {
            plan.addForeignKeys.add(
                    new AddConstraint(d.table().schema(), d.table().name(), d.foreignKey()));
        }
        Sorted drop = sort(dropped);
        for (Deferred d : drop.deferred()) {
            plan.dropForeignKeys.add(new DropConstraint(
                    d.table().schema(),
                    d.table().name(),
                    d.foreignKey().name(),
                    ConstraintKind.FOREIGN_KEY,
                    d.foreignKey()));
        }
        List<Table> reversed = new ArrayList<>(drop.tables());
        Collections.reverse(reversed);
        for (Table t : reversed) {
            plan.dropTables.add(new DropTable(t.schema(), t.name(), false, t));
            plan.say("table '" + t.name() + "' in database but not in the model");
        }
    }

    record Deferred(Table table, ForeignKey foreignKey) {}

    record Sorted(List<Table> tables, List<Deferred> deferred) {}

    /**
     * Depth-first topological sort in name order (so the output is stable); a foreign key that
     * points at a table still being visited closes a cycle and is deferred. The depth-first walk
     * keeps its own stack: a chain of foreign keys may be longer than the call stack is deep.
     */
    static Sorted sort(List<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(t -> byName.put(SchemaComparator.key(t.name()), t));
        List<Table> order = new ArrayList<>();
        List<Deferred> deferred = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        Deque<Visit> stack = new ArrayDeque<>();
        for (String start : byName.keySet()) {
            if (!done.contains(start)) {
                visiting.add(start);
                stack.push(new Visit(start, byName.get(start)));
            }
            while (!stack.isEmpty()) {
                Visit visit = stack.peek();
                if (visit.next < visit.table.foreignKeys().size()) {
                    ForeignKey f = visit.table.foreignKeys().get(visit.next++);
                    String target = SchemaComparator.key(f.referredTable());
                    if (target.equals(visit.name) || !byName.containsKey(target) || done.contains(target)) {
                        visit.kept.add(f);
                    } else if (visiting.contains(target)) {
                        deferred.add(new Deferred(visit.table, SchemaComparator.namedForeignKey(f, visit.table)));
                    } else {
                        visit.kept.add(f);
                        visiting.add(target);
                        stack.push(new Visit(target, byName.get(target)));
                    }
                } else {
                    stack.pop();
                    visiting.remove(visit.name);
                    done.add(visit.name);
                    order.add(visit.table.withForeignKeys(visit.kept));
                }
            }
        }
        return new Sorted(order, deferred);
    }

    /** A table being visited: the foreign keys looked at so far and those it keeps. */
    private static final class Visit {

        private final String name;
        private final Table table;
        private final List<ForeignKey> kept = new ArrayList<>();
        private int next;

        Visit(String name, Table table) {
            this.name = name;
            this.table = table;
        }
    }
}
