package dev.migrate.schema;

/** The static factory for {@link Column}s, meant for static import in revisions. */
public final class Columns {

    private Columns() {}

    /** A nullable column without default; refine it with {@code notNull()}, {@code serverDefault(...)} and so on. */
    public static Column column(String name, ColumnType type) {
        return new Column(name, type, true, null, null, false);
    }
}
