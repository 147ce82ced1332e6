package dev.migrate.ops;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a batch's column, index and constraint changes to a table's definition, remembering
 * where each new column's values come from. Batch mode on SQLite rebuilds tables from this.
 */
public final class TableChanges {

    /**
     * The table after the changes, and for each of its columns (by name, in no particular order)
     * the SQL expression over the old table that gives its values ({@code null} for a new
     * column, which gets its default).
     */
    public record Rebuild(Table table, Map<String, String> sources) {}

    private TableChanges() {}

    public static Table apply(Table current, List<Operation> changes) {
        return plan(current, changes, name -> name).table();
    }

    /**
     * Plans a rebuild.
     *
     * @param quote how column names are quoted in the source expressions
     */
    public static Rebuild plan(Table current, List<Operation> changes, java.util.function.UnaryOperator<String> quote) {
        Table table = current;
        Map<String, String> sources = new LinkedHashMap<>();
        for (Column c : current.columns()) {
            sources.put(c.name(), quote.apply(c.name()));
        }
        for (Operation change : changes) {
            if (change instanceof AddColumn add) {
                if (table.column(add.column().name()).isPresent()) {
                    throw new IllegalArgumentException("table " + table.name() + " already has a column "
                            + add.column().name());
                }
                List<Column> columns = new ArrayList<>(table.columns());
                columns.add(add.column());
                table = table.withColumns(columns);
                sources.put(add.column().name(), null);
            } else if (change instanceof DropColumn drop) {
                column(table, drop.name());
                table = withoutColumn(table, drop.name());
                sources.remove(drop.name());
            } else if (change instanceof AlterColumn alter) {
                Column before = column(table, alter.name());
                Column after = alter.applyTo(before);
                List<Column> columns = new ArrayList<>(table.columns());
                columns.replaceAll(c -> c.name().equals(alter.name()) ? after : c);
                table = table.withColumns(columns);
                String source = sources.remove(alter.name());
                sources.put(after.name(), alter.using() != null ? alter.using() : source);
                if (alter.newName() != null) {
                    table = renameColumnReferences(table, alter.name(), alter.newName());
                }
            } else if (change instanceof CreateIndex create) {
                List<Index> indexes = new ArrayList<>(table.indexes());
                indexes.add(create.index());
                table = table.withIndexes(indexes);
            } else if (change instanceof DropIndex drop) {
                List<Index> indexes = new ArrayList<>(table.indexes());
                if (!indexes.removeIf(i -> i.name().equals(drop.name()))) {
                    throw new IllegalArgumentException("table " + table.name() + " has no index " + drop.name());
                }
                table = table.withIndexes(indexes);
            } else if (change instanceof AddConstraint add) {
                table = withConstraint(table, add.constraint());
            } else if (change instanceof DropConstraint drop) {
                table = withoutConstraint(table, drop);
            } else {
                throw new IllegalArgumentException(
                        "a batch cannot hold a " + change.getClass().getSimpleName());
            }
        }
        return new Rebuild(table, sources);
    }

    private static Column column(Table table, String name) {
        Optional<Column> column = table.column(name);
        if (column.isEmpty()) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + name);
        }
        return column.get();
    }

    /**
     * Drops the column and, as PostgreSQL does, the indexes and constraints that use it; a check
     * constraint counts as using it when its condition names it.
     */
    private static Table withoutColumn(Table table, String name) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.removeIf(c -> c.name().equals(name));
        PrimaryKey key =
                table.primaryKey() != null && table.primaryKey().columns().contains(name) ? null : table.primaryKey();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
        uniques.removeIf(u -> u.columns().contains(name));
        List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
        foreignKeys.removeIf(f -> f.columns().contains(name));
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.removeIf(i -> i.columnNames().contains(name));
        List<CheckConstraint> checks = new ArrayList<>(table.checkConstraints());
        checks.removeIf(c -> mentions(c.condition(), name));
        return new Table(
                table.schema(), table.name(), columns, key, uniques, foreignKeys, checks, indexes, table.comment());
    }

    /** Whether SQL names a column, bare (in any case) or quoted. */
    static boolean mentions(String sql, String column) {
        for (String quoted : List.of(
                "\"" + column.replace("\"", "\"\"") + "\"",
                "`" + column.replace("`", "``") + "`",
                "[" + column + "]")) {
            if (sql.contains(quoted)) {
                return true;
            }
        }
        return java.util.regex.Pattern.compile(
                        "(?<![\\w\"`\\[$.])" + java.util.regex.Pattern.quote(column) + "(?![\\w\"`\\]$])",
                        java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find();
    }

    private static Table renameColumnReferences(Table table, String from, String to) {
        PrimaryKey key = table.primaryKey() == null
                ? null
                : new PrimaryKey(
                        table.primaryKey().name(), renamed(table.primaryKey().columns(), from, to));
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint u : table.uniqueConstraints()) {
            uniques.add(new UniqueConstraint(u.name(), renamed(u.columns(), from, to)));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey f : table.foreignKeys()) {
            List<String> referred = f.referredTable().equals(table.name())
                    ? renamed(f.referredColumns(), from, to)
                    : f.referredColumns();
            foreignKeys.add(new ForeignKey(
                    f.name(),
                    renamed(f.columns(), from, to),
                    f.referredSchema(),
                    f.referredTable(),
                    referred,
                    f.onDelete(),
                    f.onUpdate(),
                    f.deferrable()));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index i : table.indexes()) {
            List<IndexPart> parts = new ArrayList<>();
            for (IndexPart p : i.parts()) {
                parts.add(!p.isExpression() && p.column().equals(from) ? IndexPart.column(to) : p);
            }
            indexes.add(new Index(i.name(), parts, i.isUnique(), i.where()));
        }
        return new Table(
                table.schema(),
                table.name(),
                table.columns(),
                key,
                uniques,
                foreignKeys,
                table.checkConstraints(),
                indexes,
                table.comment());
    }

    private static List<String> renamed(List<String> columns, String from, String to) {
        List<String> result = new ArrayList<>(columns);
        result.replaceAll(c -> c.equals(from) ? to : c);
        return result;
    }

    private static Table withConstraint(Table table, Constraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            if (table.primaryKey() != null) {
                throw new IllegalArgumentException("table " + table.name() + " already has a primary key");
            }
            return table.withPrimaryKey(key);
        }
        if (constraint instanceof UniqueConstraint unique) {
            List<UniqueConstraint> all = new ArrayList<>(table.uniqueConstraints());
            all.add(unique);
            return table.withUniqueConstraints(all);
        }
        if (constraint instanceof ForeignKey foreignKey) {
            List<ForeignKey> all = new ArrayList<>(table.foreignKeys());
            all.add(foreignKey);
            return table.withForeignKeys(all);
        }
        List<CheckConstraint> all = new ArrayList<>(table.checkConstraints());
        all.add((CheckConstraint) constraint);
        return table.withCheckConstraints(all);
    }

    private static Table withoutConstraint(Table table, DropConstraint drop) {
        String missing = "table " + table.name() + " has no " + drop.kind() + " constraint " + drop.name();
        switch (drop.kind()) {
            case PRIMARY_KEY -> {
                if (table.primaryKey() == null) {
                    throw new IllegalArgumentException("table " + table.name() + " has no primary key");
                }
                return table.withPrimaryKey(null);
            }
            case UNIQUE -> {
                List<UniqueConstraint> all = new ArrayList<>(table.uniqueConstraints());
                if (!all.removeIf(c -> drop.name().equals(c.name()))) {
                    throw new IllegalArgumentException(missing);
                }
                return table.withUniqueConstraints(all);
            }
            case FOREIGN_KEY -> {
                List<ForeignKey> all = new ArrayList<>(table.foreignKeys());
                if (!all.removeIf(c -> drop.name().equals(c.name()))) {
                    throw new IllegalArgumentException(missing);
                }
                return table.withForeignKeys(all);
            }
            default -> {
                List<CheckConstraint> all = new ArrayList<>(table.checkConstraints());
                if (!all.removeIf(c -> drop.name().equals(c.name()))) {
                    throw new IllegalArgumentException(missing);
                }
                return table.withCheckConstraints(all);
            }
        }
    }
}
