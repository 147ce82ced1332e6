package dev.migrate.internal.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tables reflection looks at: one schema, table-name globs to include and exclude, and the
 * tables migrate itself keeps (version table, history log, H2's lock table), which are never part
 * of the model. The filter is applied to the list of table names before anything else is read,
 * so an excluded table's columns, keys and indexes are never queried.
 *
 * <p>Globs use {@code *} for any run of characters and {@code ?} for one character and match the
 * table's name as the model spells it (lower case for H2's folded names), case-sensitively. A
 * table is reflected when it matches an include glob (or there are none) and no exclude glob.
 *
 * @param schema        the schema (MariaDB: database) to reflect, {@code null} for the connection's current one
 * @param includeTables globs of table names to reflect; empty means all
 * @param excludeTables globs of table names to leave out
 * @param skippedTables names of migrate's own tables and of Liquibase's and Flyway's, always left out
 *                      (compared in lower case as well, since Liquibase writes them in upper case)
 */
public record ReflectionFilter(
        String schema, List<String> includeTables, List<String> excludeTables, Set<String> skippedTables) {

    /**
     * The tables Liquibase and Flyway keep in a database they managed: never part of the schema a
     * team adopting migrate means, so never compared, copied by {@code baseline} or dropped.
     */
    public static final Set<String> OTHER_TOOLS =
            Set.of("databasechangelog", "databasechangeloglock", "flyway_schema_history");

    /** migrate's own tables under their default names, and the other tools'. */
    public static final Set<String> DEFAULT_SKIPPED =
            union(Set.of("migrate_version", "migrate_history", "migrate_version_lock"), OTHER_TOOLS);

    public ReflectionFilter {
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        skippedTables = Set.copyOf(skippedTables);
    }

    /** Every table of the connection's current schema but migrate's own. */
    public static ReflectionFilter defaults() {
        return new ReflectionFilter(null, List.of(), List.of(), DEFAULT_SKIPPED);
    }

    public ReflectionFilter inSchema(String value) {
        return new ReflectionFilter(value, includeTables, excludeTables, skippedTables);
    }

    public ReflectionFilter including(String... globs) {
        return new ReflectionFilter(schema, List.of(globs), excludeTables, skippedTables);
    }

    public ReflectionFilter excluding(String... globs) {
        return excluding(List.of(globs));
    }

    public ReflectionFilter excluding(List<String> globs) {
        return new ReflectionFilter(schema, includeTables, globs, skippedTables);
    }

    /**
     * migrate's own tables when the version table has another name: the version table, its
     * {@code _lock} companion (H2) and the history table; and the other tools' tables.
     */
    public ReflectionFilter skipping(String versionTable, String historyTable) {
        return new ReflectionFilter(
                schema,
                includeTables,
                excludeTables,
                union(Set.of(versionTable, versionTable + "_lock", historyTable), OTHER_TOOLS));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** Whether a table of this name (as the model spells it) is reflected. */
    public boolean accepts(String table) {
        if (skippedTables.contains(table) || skippedTables.contains(table.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!includeTables.isEmpty() && includeTables.stream().noneMatch(g -> matches(g, table))) {
            return false;
        }
        return excludeTables.stream().noneMatch(g -> matches(g, table));
    }

    static boolean matches(String glob, String name) {
        return toRegex(glob).matcher(name).matches();
    }

    private static Pattern toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
