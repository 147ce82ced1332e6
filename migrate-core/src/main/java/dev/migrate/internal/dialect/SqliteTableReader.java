package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Deferrable;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.Types;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one SQLite table's definition: columns, keys and indexes from the {@code pragma_…}
 * functions, constraint names, check conditions and index expressions from the SQL SQLite keeps.
 * Column-level {@code CHECK} clauses in hand-written tables are not read.
 */
public final class SqliteTableReader {

    private static final Pattern SIZED =
            Pattern.compile("(VARCHAR|CHAR|NUMERIC|DECIMAL|VARBINARY)\\s*\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)");

    private final Dialect dialect;
    private final Connection connection;

    public SqliteTableReader(Dialect dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /** The table's definition; {@code schema} is the attached database's name, {@code null} for {@code main}. */
    public Table read(String schema, String table) throws SQLException {
        String db = schema == null ? "main" : schema;
        String tableSql = masterSql(db, "table", table);
        if (tableSql == null) {
            throw new MigrateException(ErrorKind.BAD_SCRIPT, "sqlite has no table " + table + " in " + db);
        }
        Clauses clauses = clauses(tableSql);

        List<Column> columns = new ArrayList<>();
        Map<Integer, String> keyColumns = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?, ?) ORDER BY cid")) {
            s.setString(1, table);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    ColumnType type = type(rs.getString(2));
                    boolean identity = clauses.autoincrement.contains(name) && type.isInteger();
                    columns.add(
                            new Column(name, type, rs.getInt(3) == 0 && !identity, rs.getString(4), null, identity));
                    if (rs.getInt(5) > 0) {
                        keyColumns.put(rs.getInt(5), name);
                    }
                }
            }
        }
        PrimaryKey primaryKey =
                keyColumns.isEmpty() ? null : new PrimaryKey(clauses.primaryKeyName, List.copyOf(keyColumns.values()));

        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<String[]> indexList = new ArrayList<>();
        try (PreparedStatement s =
                connection.prepareStatement("SELECT name, origin FROM pragma_index_list(?, ?) ORDER BY seq DESC")) {
            s.setString(1, table);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    indexList.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] entry : indexList) {
            if ("u".equals(entry[1])) {
                List<String> cols = indexColumns(db, entry[0]);
                uniques.add(new UniqueConstraint(clauses.uniqueNames.get(cols), cols));
            } else if ("c".equals(entry[1])) {
                indexes.add(index(entry[0], masterSql(db, "index", entry[0])));
            }
        }

        List<ForeignKey> foreignKeys = foreignKeys(db, table, clauses);
        return new Table(schema, table, columns, primaryKey, uniques, foreignKeys, clauses.checks, indexes, null);
    }

    private static ColumnType type(String declared) {
        String upper = declared == null ? "" : SqlScanner.upper(declared.trim());
        Matcher sized = SIZED.matcher(upper);
        if (sized.matches()) {
            int first = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "VARCHAR" -> Types.varchar(first);
                case "CHAR" -> Types.fixedChar(first);
                case "VARBINARY" -> Types.binary(first);
                default ->
                    sized.group(3) == null
                            ? Types.numeric(first)
                            : Types.numeric(first, Integer.parseInt(sized.group(3)));
            };
        }
        return switch (upper) {
            case "SMALLINT" -> Types.smallint();
            case "INTEGER" -> Types.integer();
            case "BIGINT" -> Types.bigint();
            case "BOOLEAN" -> Types.bool();
            case "TEXT" -> Types.text();
            case "NUMERIC" -> Types.numeric();
            case "REAL" -> Types.real();
            case "DOUBLE" -> Types.doublePrecision();
            case "DATE" -> Types.date();
            case "TIME" -> Types.time();
            case "TIMESTAMP" -> Types.timestamp();
            case "TIMESTAMP WITH TIME ZONE" -> Types.timestampWithTimeZone();
            case "UUID" -> Types.uuid();
            case "JSON" -> Types.json();
            case "BLOB" -> Types.binary();
            // A column declared without a type has no affinity, as BLOB.
            case "" -> Types.sqlType("BLOB");
            default -> Types.sqlType(declared.trim());
        };
    }

    private String masterSql(String db, String type, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT sql FROM " + dialect.quote(db) + ".sqlite_master WHERE type = ? AND name = ?")) {
            s.setString(1, type);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<String> indexColumns(String db, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s =
                connection.prepareStatement("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno")) {
            s.setString(1, index);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private List<ForeignKey> foreignKeys(String db, String table, Clauses clauses) throws SQLException {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?, ?) ORDER BY id DESC, seq")) {
            s.setString(1, table);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                    });
                }
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> rows : byId.values()) {
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (String[] r : rows) {
                from.add(r[1]);
                to.add(r[2]);
            }
            String[] first = rows.get(0);
            if (to.contains(null)) {
                // "REFERENCES parent" without columns means the parent's primary key.
                to = primaryKeyColumns(db, first[0]);
            }
            ForeignKeyClause clause = clauses.foreignKeys.get(from);
            keys.add(new ForeignKey(
                    clause == null ? null : clause.name,
                    from,
                    null,
                    first[0],
                    to,
                    action(first[4]),
                    action(first[3]),
                    clause == null ? Deferrable.NOT_DEFERRABLE : clause.deferrable));
        }
        return keys;
    }

    private List<String> primaryKeyColumns(String db, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (PreparedStatement s =
                connection.prepareStatement("SELECT name, pk FROM pragma_table_info(?, ?) WHERE pk > 0")) {
            s.setString(1, table);
            s.setString(2, db);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getInt(2), rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT,
                    "a foreign key refers to table " + table + " without naming columns, and " + table
                            + " has no primary key");
        }
        return List.copyOf(columns.values());
    }

    private static ReferentialAction action(String pragma) {
        return switch (pragma) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            // SQLite reports an unstated action as NO ACTION, which is also what it does.
            default -> null;
        };
    }

    private record ForeignKeyClause(String name, Deferrable deferrable) {}

    private static final class Clauses {
        String primaryKeyName;
        final Map<List<String>, String> uniqueNames = new HashMap<>();
        final Map<List<String>, ForeignKeyClause> foreignKeys = new HashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final java.util.Set<String> autoincrement = new java.util.HashSet<>();
    }

    /** The table-level constraint clauses of a {@code CREATE TABLE} statement. */
    private static Clauses clauses(String createTable) {
        Clauses clauses = new Clauses();
        SqlScanner table = new SqlScanner(createTable);
        table.skipToParenthesis();
        for (String part : SqlScanner.splitTopLevel(table.parenthesized())) {
            SqlScanner s = new SqlScanner(part);
            String name = s.accept("CONSTRAINT") ? s.name() : null;
            if (s.accept("PRIMARY")) {
                s.accept("KEY");
                clauses.primaryKeyName = name;
            } else if (s.accept("UNIQUE")) {
                clauses.uniqueNames.put(SqlScanner.names(s.parenthesized()), name);
            } else if (s.accept("CHECK")) {
                clauses.checks.add(new CheckConstraint(name, s.parenthesized().trim()));
            } else if (s.accept("FOREIGN")) {
                s.accept("KEY");
                List<String> columns = SqlScanner.names(s.parenthesized());
                String rest = SqlScanner.upper(s.rest());
                Deferrable deferrable = !rest.contains("DEFERRABLE") || rest.contains("NOT DEFERRABLE")
                        ? Deferrable.NOT_DEFERRABLE
                        : rest.contains("INITIALLY DEFERRED")
                                ? Deferrable.INITIALLY_DEFERRED
                                : Deferrable.INITIALLY_IMMEDIATE;
                clauses.foreignKeys.put(columns, new ForeignKeyClause(name, deferrable));
            } else if (name == null && SqlScanner.upper(part).contains("AUTOINCREMENT")) {
                // A column definition; AUTOINCREMENT can only follow an INTEGER PRIMARY KEY column.
                clauses.autoincrement.add(new SqlScanner(part).name());
            }
        }
        return clauses;
    }

    /** An index from its {@code CREATE INDEX} statement. */
    private static Index index(String name, String createIndex) {
        SqlScanner s = new SqlScanner(createIndex);
        s.accept("CREATE");
        boolean unique = s.accept("UNIQUE");
        s.accept("INDEX");
        if (s.accept("IF")) {
            s.accept("NOT");
            s.accept("EXISTS");
        }
        s.name();
        s.accept("ON");
        s.name();
        List<IndexPart> parts = new ArrayList<>();
        for (String part : SqlScanner.splitTopLevel(s.parenthesized())) {
            parts.add(indexPart(part));
        }
        String where = s.accept("WHERE") ? s.rest() : null;
        Index index = new Index(name, parts, unique, where);
        return index;
    }

    private static IndexPart indexPart(String part) {
        if (part.startsWith("(")) {
            SqlScanner s = new SqlScanner(part);
            String inner = s.parenthesized();
            if (s.atEnd()) {
                return IndexPart.expression(inner);
            }
            return IndexPart.expression(part);
        }
        SqlScanner s = new SqlScanner(part);
        String column = s.name();
        return s.atEnd() ? IndexPart.column(column) : IndexPart.expression(part);
    }
}
