package dev.migrate.internal.dialect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One table being assembled from the rows of several bulk queries. Constraints and indexes are
 * sorted by name, so a model does not depend on the order the catalog happens to return them in.
 */
final class TableDraft {

    final String schema;
    final String name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableDraft(String schema, String name, String comment) {
        this.schema = schema;
        this.name = name;
        this.comment = comment;
    }

    Table build() {
        Comparator<String> byName = Comparator.nullsFirst(Comparator.naturalOrder());
        uniques.sort(Comparator.comparing(UniqueConstraint::name, byName)
                .thenComparing(u -> u.columns().toString()));
        foreignKeys.sort(Comparator.comparing(ForeignKey::name, byName)
                .thenComparing(f -> f.columns().toString()));
        checks.sort(Comparator.comparing(CheckConstraint::name, byName).thenComparing(CheckConstraint::condition));
        indexes.sort(Comparator.comparing(Index::name));
        return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
    }
}
