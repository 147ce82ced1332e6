package dev.migrate.internal.autogenerate.compare;

/**
 * Decides which objects autogenerate looks at, as Alembic's {@code include_object}: an object
 * left out is neither created, dropped nor altered.
 */
@FunctionalInterface
public interface IncludeFilter {

    IncludeFilter ALL = object -> true;

    boolean include(SchemaObject object);

    /** Leaves out the given tables (e.g. the version table, or tables another tool owns). */
    static IncludeFilter excludingTables(java.util.Collection<String> tables) {
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (String t : tables) {
            lower.add(t.toLowerCase(java.util.Locale.ROOT));
        }
        return object ->
                object.table() == null || !lower.contains(object.table().toLowerCase(java.util.Locale.ROOT));
    }

    default IncludeFilter and(IncludeFilter other) {
        return object -> include(object) && other.include(object);
    }
}
