package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema as the database reports it through JDBC metadata and its catalog, flattened into
 * sorted facts ({@code table/users/column/email -> VARCHAR(255) null …}) so that two snapshots
 * compare exactly and a difference reads plainly. Names the database generates itself (H2's
 * constraint indexes, PostgreSQL's NOT NULL constraints) are normalised.
 */
public record SchemaSnapshot(SortedMap<String, String> facts) {

    private static final Pattern SQLITE_CONSTRAINT = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|\\w+)\\s+(PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY)",
            Pattern.CASE_INSENSITIVE);

    public String get(String key) {
        return facts.get(key);
    }

    public boolean has(String key) {
        return facts.containsKey(key);
    }

    /** The facts about one table, for focused assertions. */
    public SortedMap<String, String> table(String name) {
        return facts.subMap("table/" + name + "/", "table/" + name + "/\uffff");
    }

    public String column(String table, String column) {
        return facts.get("table/" + table + "/column/" + column);
    }

    static SchemaSnapshot read(Target target, Connection c, String catalog, String schema) throws SQLException {
        SortedMap<String, String> facts = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.startsWith("sqlite_")) {
                    continue;
                }
                tables.add(name);
                facts.put("table/" + folded(target, name), "comment=" + blankToNull(rs.getString("REMARKS")));
            }
        }
        Map<String, List<String>> columnOrder = new LinkedHashMap<>();
        for (String table : tables) {
            try (ResultSet rs = md.getColumns(catalog, schema, escape(md, table), "%")) {
                while (rs.next()) {
                    if (!rs.getString("TABLE_NAME").equals(table)) {
                        continue;
                    }
                    String column = folded(target, rs.getString("COLUMN_NAME"));
                    columnOrder.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                    facts.put(
                            "table/" + folded(target, table) + "/column/" + column,
                            rs.getString("TYPE_NAME")
                                    + "(" + rs.getString("COLUMN_SIZE") + "," + rs.getString("DECIMAL_DIGITS") + ")"
                                    + " nullable=" + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable)
                                    + " default=" + rs.getString("COLUMN_DEF")
                                    + " comment=" + blankToNull(rs.getString("REMARKS"))
                                    + " autoincrement=" + rs.getString("IS_AUTOINCREMENT"));
                }
            }
            facts.put(
                    "table/" + folded(target, table) + "/columns",
                    String.join(",", columnOrder.getOrDefault(table, List.of())));
            readPrimaryKey(target, md, catalog, schema, table, facts);
            readForeignKeys(target, md, catalog, schema, table, facts);
            readIndexes(target, md, catalog, schema, table, facts);
        }
        readConstraints(target, c, catalog, schema, facts);
        readSequences(target, c, catalog, schema, facts);
        readEnumTypes(target, c, schema, facts);
        return new SchemaSnapshot(facts);
    }

    private static String escape(DatabaseMetaData md, String name) throws SQLException {
        String escape = md.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static void readPrimaryKey(
            Target target,
            DatabaseMetaData md,
            String catalog,
            String schema,
            String table,
            SortedMap<String, String> facts)
            throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), folded(target, rs.getString("COLUMN_NAME")));
                name = rs.getString("PK_NAME");
            }
        }
        if (target == Target.SQLITE) {
            // sqlite-jdbc parses key columns out of the SQL and leaves quotes doubled; the pragma reads them exactly.
            columns.clear();
            try (PreparedStatement s =
                    md.getConnection().prepareStatement("SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        columns.put(rs.getInt(2), rs.getString(1));
                    }
                }
            }
        }
        if (!columns.isEmpty()) {
            facts.put(
                    "table/" + folded(target, table) + "/primary-key",
                    normalise(target, name) + " " + columns.values());
        }
    }

    private static void readForeignKeys(
            Target target,
            DatabaseMetaData md,
            String catalog,
            String schema,
            String table,
            SortedMap<String, String> facts)
            throws SQLException {
        Map<String, StringBuilder> keys = new TreeMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = blankToNull(rs.getString("FK_NAME"));
                String key = name == null ? "#" + rs.getString("PKTABLE_NAME") : normalise(target, name);
                StringBuilder fk = keys.computeIfAbsent(key, k -> new StringBuilder());
                fk.append(folded(target, rs.getString("FKCOLUMN_NAME")))
                        .append("->")
                        .append(folded(target, rs.getString("PKTABLE_NAME")))
                        .append('.')
                        .append(folded(target, rs.getString("PKCOLUMN_NAME")))
                        .append(" update=")
                        .append(rs.getInt("UPDATE_RULE"))
                        .append(" delete=")
                        .append(rs.getInt("DELETE_RULE"))
                        .append(" deferrability=")
                        .append(rs.getInt("DEFERRABILITY"))
                        .append("; ");
            }
        }
        keys.forEach((name, fk) -> facts.put(
                "table/" + folded(target, table) + "/foreign-key/" + name,
                fk.toString().trim()));
    }

    private static void readIndexes(
            Target target,
            DatabaseMetaData md,
            String catalog,
            String schema,
            String table,
            SortedMap<String, String> facts)
            throws SQLException {
        Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
        Map<String, String> attributes = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || rs.getString("INDEX_NAME") == null) {
                    continue;
                }
                String name = normalise(target, rs.getString("INDEX_NAME"));
                String column = folded(target, rs.getString("COLUMN_NAME"));
                if (target == Target.POSTGRES && column != null) {
                    // pgjdbc takes index columns from pg_get_indexdef, unquoted but with inner quotes still doubled.
                    column = column.replace("\"\"", "\"");
                }
                indexes.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), column);
                attributes.put(
                        name,
                        "unique=" + !rs.getBoolean("NON_UNIQUE") + " where="
                                + blankToNull(rs.getString("FILTER_CONDITION")));
            }
        }
        indexes.forEach((name, columns) -> facts.put(
                "table/" + folded(target, table) + "/index/" + name, columns.values() + " " + attributes.get(name)));
    }

    private static void readConstraints(
            Target target, Connection c, String catalog, String schema, SortedMap<String, String> facts)
            throws SQLException {
        if (target == Target.SQLITE) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    Matcher m = SQLITE_CONSTRAINT.matcher(rs.getString(2));
                    while (m.find()) {
                        String name = m.group(1).startsWith("\"")
                                ? m.group(1)
                                        .substring(1, m.group(1).length() - 1)
                                        .replace("\"\"", "\"")
                                : m.group(1);
                        facts.put(
                                "table/" + rs.getString(1) + "/constraint/" + name,
                                m.group(2).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            return;
        }
        String sql = "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, cc.check_clause"
                + " FROM information_schema.table_constraints tc LEFT JOIN information_schema.check_constraints cc"
                + " ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name"
                + (target == Target.MARIADB ? " AND cc.table_name = tc.table_name" : "")
                + " WHERE tc.constraint_schema = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, target == Target.MARIADB ? catalog : schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    if (target == Target.POSTGRES && name.matches("\\d+_\\d+_\\d+_not_null")) {
                        continue;
                    }
                    facts.put(
                            "table/" + folded(target, rs.getString(1)) + "/constraint/" + normalise(target, name),
                            rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4)));
                }
            }
        }
    }

    private static void readSequences(
            Target target, Connection c, String catalog, String schema, SortedMap<String, String> facts)
            throws SQLException {
        switch (target) {
            case POSTGRES, H2 -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT sequence_name, start_value, increment, minimum_value,"
                                + " maximum_value, cycle_option FROM information_schema.sequences WHERE sequence_schema = ?")) {
                    s.setString(1, schema);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (!rs.getString(1).startsWith("SYSTEM_SEQUENCE_")) {
                                facts.put("sequence/" + folded(target, rs.getString(1)), sequenceFacts(rs));
                            }
                        }
                    }
                }
            }
            case MARIADB -> {
                List<String> names = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'SEQUENCE'")) {
                    s.setString(1, catalog);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                }
                for (String name : names) {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT '" + name.replace("'", "''")
                                    + "', start_value, increment, minimum_value, maximum_value, cycle_option FROM `"
                                    + name.replace("`", "``") + "`")) {
                        rs.next();
                        facts.put("sequence/" + name, sequenceFacts(rs));
                    }
                }
            }
            default -> {}
        }
    }

    private static String sequenceFacts(ResultSet rs) throws SQLException {
        return "start=" + rs.getString(2) + " increment=" + rs.getString(3) + " min=" + rs.getString(4) + " max="
                + rs.getString(5) + " cycle=" + rs.getString(6);
    }

    private static void readEnumTypes(Target target, Connection c, String schema, SortedMap<String, String> facts)
            throws SQLException {
        if (target != Target.POSTGRES) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                        + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
                        + " WHERE n.nspname = ? GROUP BY t.typname")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.put("enum-type/" + rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** Names H2 generates for unnamed constraints and their indexes carry a counter; keep only their shape. */
    private static String normalise(Target target, String name) {
        if (target != Target.H2 || name == null) {
            return name;
        }
        return folded(
                target,
                name.replaceAll("^(PRIMARY_KEY|CONSTRAINT)_[0-9A-F]+$", "$1_#")
                        .replaceAll("_INDEX_[0-9A-F]+$", "_INDEX_#"));
    }

    /**
     * H2 folds bare names to upper case; facts show such names in lower case, as written, so
     * that assertions read the same on every database. (A name written in upper case and
     * quoted shows in lower case too.)
     */
    private static String folded(Target target, String name) {
        if (target != Target.H2 || name == null || !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return name;
        }
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        facts.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        return out.toString();
    }
}
