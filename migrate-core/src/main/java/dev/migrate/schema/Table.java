package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table: its columns in order, its keys, constraints and indexes, and its comment. Two tables
 * are equal when all of that is equal, which is what comparing schemas needs.
 *
 * @param schema     the schema it lives in, or {@code null} for the current one
 * @param primaryKey the primary key, or {@code null} when there is none
 */
public record Table(
        @Nullable String schema,
        String name,
        List<Column> columns,
        @Nullable PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checkConstraints,
        List<Index> indexes,
        @Nullable String comment) {

    public Table {
        Names.require(name, "table");
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        checkConstraints = List.copyOf(checkConstraints);
        indexes = List.copyOf(indexes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + name + " lists column " + c.name() + " twice");
            }
        }
    }

    /**
     * A table from a list of columns, keys, constraints and indexes, in the style of
     * {@code createTable}. Columns marked {@code primaryKey()} make up the primary key, in order.
     */
    public static Table of(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else if (element instanceof PrimaryKeyColumn keyColumn) {
                columns.add(keyColumn.column());
                keyColumns.add(keyColumn.column().name());
            } else if (element instanceof PrimaryKey key) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " has two primary keys");
                }
                primaryKey = key;
            } else if (element instanceof UniqueConstraint unique) {
                uniques.add(unique);
            } else if (element instanceof ForeignKey foreignKey) {
                foreignKeys.add(foreignKey);
            } else if (element instanceof CheckConstraint check) {
                checks.add(check);
            } else if (element instanceof Index index) {
                indexes.add(index);
            }
        }
        if (!keyColumns.isEmpty()) {
            if (primaryKey != null) {
                throw new IllegalArgumentException(
                        "table " + name + " has primaryKey() columns and a separate primary key");
            }
            primaryKey = new PrimaryKey(null, keyColumns);
        }
        if (primaryKey != null) {
            List<String> keyNames = primaryKey.columns();
            columns.replaceAll(c -> keyNames.contains(c.name()) ? c.notNull() : c);
        }
        return new Table(null, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, null);
    }

    public Table inSchema(String value) {
        return new Table(
                value, name, columns, primaryKey, uniqueConstraints, foreignKeys, checkConstraints, indexes, comment);
    }

    public Table comment(String text) {
        return new Table(
                schema, name, columns, primaryKey, uniqueConstraints, foreignKeys, checkConstraints, indexes, text);
    }

    public Table withName(String value) {
        return new Table(
                schema, value, columns, primaryKey, uniqueConstraints, foreignKeys, checkConstraints, indexes, comment);
    }

    public Table withColumns(List<Column> value) {
        return new Table(
                schema, name, value, primaryKey, uniqueConstraints, foreignKeys, checkConstraints, indexes, comment);
    }

    public Table withPrimaryKey(PrimaryKey value) {
        return new Table(
                schema, name, columns, value, uniqueConstraints, foreignKeys, checkConstraints, indexes, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> value) {
        return new Table(schema, name, columns, primaryKey, value, foreignKeys, checkConstraints, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> value) {
        return new Table(
                schema, name, columns, primaryKey, uniqueConstraints, value, checkConstraints, indexes, comment);
    }

    public Table withCheckConstraints(List<CheckConstraint> value) {
        return new Table(schema, name, columns, primaryKey, uniqueConstraints, foreignKeys, value, indexes, comment);
    }

    public Table withIndexes(List<Index> value) {
        return new Table(
                schema, name, columns, primaryKey, uniqueConstraints, foreignKeys, checkConstraints, value, comment);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Every constraint of the table: the primary key first, then unique, foreign key and check constraints. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniqueConstraints);
        all.addAll(foreignKeys);
        all.addAll(checkConstraints);
        return all;
    }
}
