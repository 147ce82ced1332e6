package dev.migrate.schema;

import java.util.List;

/** Static factories for keys and constraints, meant for static import in revisions. */
public final class Constraints {

    private Constraints() {}

    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    public static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(name, condition);
    }

    /** A foreign key over one column; add {@code .onDelete(...)} and friends as needed. */
    public static ForeignKey foreignKey(String name, String column, String referredTable, String referredColumn) {
        return foreignKey(name, List.of(column), referredTable, List.of(referredColumn));
    }

    public static ForeignKey foreignKey(
            String name, List<String> columns, String referredTable, List<String> referredColumns) {
        return new ForeignKey(name, columns, null, referredTable, referredColumns, null, null, null);
    }
}
