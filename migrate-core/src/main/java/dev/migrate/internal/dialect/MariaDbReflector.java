package dev.migrate.internal.dialect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.Types;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL, from {@code information_schema}: five queries for any number of tables.
 * Besides the rules of {@link SchemaReflector}:
 * <ul>
 *   <li>{@code tinyint(1)} is {@code bool()}, {@code int} is {@code integer()}, {@code decimal(p,s)}
 *       is {@code numeric(p, s)} and {@code decimal(10,0)}, what a bare {@code DECIMAL} becomes,
 *       is {@code numeric()}; {@code float} is {@code real()}; {@code datetime(6)} is
 *       {@code timestamp()} (the renderer writes it for both timestamp kinds, so a zoned timestamp
 *       reads back as a plain one); {@code longblob} is {@code binary()}; a {@code longtext}
 *       column with MariaDB's own {@code json_valid} check is {@code json()} and that check is
 *       not listed; an {@code enum(...)} column is an enum type named after the column.</li>
 *   <li>A unique index is a unique constraint: MariaDB does not tell them apart.</li>
 *   <li>The primary key has no name (it is always {@code PRIMARY}); the index MariaDB adds for a
 *       foreign key (named after the key, or after its first column when the key is unnamed) is
 *       not listed.</li>
 *   <li>{@code RESTRICT}, MariaDB's default action, is {@code null} like {@code NO ACTION}.</li>
 *   <li>Defaults: {@code NULL} is no default, {@code current_timestamp()} is
 *       {@code CURRENT_TIMESTAMP}, literals keep their quotes as MariaDB reports them.</li>
 * </ul>
 */
final class MariaDbReflector extends CatalogReflector {

    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\(`([^`]+)`\\)");

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    protected List<TableName> listTables(Connection connection, String schema) throws SQLException {
        List<TableName> tables = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""",
                row -> tables.add(
                        new TableName(row.getString(1), row.getString(1), CatalogQuery.comment(row.getString(2)))),
                schema);
        return tables;
    }

    @Override
    protected List<Table> readTables(Connection connection, String schema, String modelSchema, List<TableName> tables)
            throws SQLException {
        Map<String, TableDraft> drafts = drafts(modelSchema, tables);
        Object[] parameters = parameters(schema, drafts);
        String in = " IN (" + String.join(", ", Collections.nCopies(drafts.size(), "?")) + ")";
        readColumns(connection, in, parameters, drafts);
        readForeignKeys(connection, schema, in, parameters, drafts);
        readIndexes(connection, in, parameters, drafts);
        readChecks(connection, in, parameters, drafts);
        List<Table> result = new ArrayList<>();
        for (TableDraft d : drafts.values()) {
            result.add(d.build());
        }
        return result;
    }

    private static Object[] parameters(String schema, Map<String, TableDraft> drafts) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(schema);
        parameters.addAll(drafts.keySet());
        return parameters.toArray();
    }

    private void readColumns(Connection connection, String in, Object[] parameters, Map<String, TableDraft> drafts)
            throws SQLException {
        CatalogQuery.forEach(
                connection,
                """
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,
                       CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE
                FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME""" + in + """
                 ORDER BY TABLE_NAME, ORDINAL_POSITION""",
                row -> {
                    String name = row.getString(2);
                    ColumnType type = type(
                            name,
                            row.getString(3),
                            row.getString(4),
                            CatalogQuery.length(row, 9),
                            CatalogQuery.integerOrNull(row, 10),
                            CatalogQuery.integerOrNull(row, 11));
                    boolean identity =
                            row.getString(7).toLowerCase(Locale.ROOT).contains("auto_increment") && type.isInteger();
                    drafts.get(row.getString(1))
                            .columns
                            .add(new Column(
                                    name,
                                    type,
                                    "YES".equals(row.getString(5)) && !identity,
                                    identity ? null : Defaults.normalise(row.getString(6), type),
                                    CatalogQuery.comment(row.getString(8)),
                                    identity));
                },
                parameters);
    }

    private static ColumnType type(
            String column, String dataType, String columnType, Integer length, Integer precision, Integer scale) {
        String full = columnType.toLowerCase(Locale.ROOT);
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "tinyint" -> full.startsWith("tinyint(1)") ? Types.bool() : Types.sqlType(columnType);
            case "smallint" -> plain(full) ? Types.smallint() : Types.sqlType(columnType);
            case "int" -> plain(full) ? Types.integer() : Types.sqlType(columnType);
            case "bigint" -> plain(full) ? Types.bigint() : Types.sqlType(columnType);
            case "varchar" -> Types.varchar(length);
            case "char" -> Types.fixedChar(length);
            case "text" -> Types.text();
            case "decimal" -> precision == 10 && scale == 0 ? Types.numeric() : Types.numeric(precision, scale);
            case "float" -> full.equals("float") ? Types.real() : Types.sqlType(columnType);
            case "double" -> full.equals("double") ? Types.doublePrecision() : Types.sqlType(columnType);
            case "date" -> Types.date();
            case "time" -> full.equals("time") ? Types.time() : Types.sqlType(columnType);
            case "datetime" -> full.equals("datetime(6)") ? Types.timestamp() : Types.sqlType(columnType);
            case "uuid" -> Types.uuid();
            case "longblob" -> Types.binary();
            case "varbinary" -> Types.binary(length);
            case "enum" -> Types.enumType(column, enumValues(columnType));
            default -> Types.sqlType(columnType);
        };
    }

    /** An integer type without {@code unsigned} or {@code zerofill} (the display width means nothing). */
    private static boolean plain(String columnType) {
        return !columnType.contains("unsigned") && !columnType.contains("zerofill");
    }

    private static String[] enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        Matcher m = ENUM_VALUE.matcher(columnType);
        while (m.find()) {
            values.add(m.group(1).replace("''", "'").replace("\\\\", "\\"));
        }
        return values.toArray(String[]::new);
    }

    private void readForeignKeys(
            Connection connection, String schema, String in, Object[] parameters, Map<String, TableDraft> drafts)
            throws SQLException {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> from = new LinkedHashMap<>();
        Map<String, List<String>> to = new LinkedHashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME,
                       k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
                FROM information_schema.KEY_COLUMN_USAGE k
                JOIN information_schema.REFERENTIAL_CONSTRAINTS r
                  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
                WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL AND k.TABLE_NAME""" + in + """
                 ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""",
                row -> {
                    String key = row.getString(1) + "\u0000" + row.getString(2);
                    heads.putIfAbsent(key, new Object[] {
                        row.getString(1),
                        row.getString(2),
                        row.getString(4),
                        row.getString(5),
                        referentialAction(row.getString(7)),
                        referentialAction(row.getString(8))
                    });
                    from.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getString(3));
                    to.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getString(6));
                },
                parameters);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            Object[] h = e.getValue();
            String referredSchema = (String) h[2];
            drafts.get((String) h[0])
                    .foreignKeys
                    .add(new ForeignKey(
                            (String) h[1],
                            from.get(e.getKey()),
                            schema.equals(referredSchema) ? null : referredSchema,
                            (String) h[3],
                            to.get(e.getKey()),
                            (ReferentialAction) h[4],
                            (ReferentialAction) h[5],
                            null));
        }
    }

    private void readIndexes(Connection connection, String in, Object[] parameters, Map<String, TableDraft> drafts)
            throws SQLException {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = ? AND TABLE_NAME""" + in + """
                 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""",
                row -> {
                    String key = row.getString(1) + "\u0000" + row.getString(2);
                    heads.putIfAbsent(key, new Object[] {row.getString(1), row.getString(2), row.getInt(3) == 0});
                    columns.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getString(4));
                },
                parameters);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            TableDraft draft = drafts.get((String) e.getValue()[0]);
            String name = (String) e.getValue()[1];
            List<String> cols = columns.get(e.getKey());
            if (name.equals("PRIMARY")) {
                draft.primaryKey = new PrimaryKey(null, cols);
            } else if ((Boolean) e.getValue()[2]) {
                draft.uniques.add(new UniqueConstraint(name, cols));
            } else if (draft.foreignKeys.stream().noneMatch(fk -> isForeignKeyIndex(fk, name, cols))) {
                draft.indexes.add(
                        new Index(name, cols.stream().map(IndexPart::column).toList(), false, null));
            }
        }
    }

    /**
     * Whether an index is the one MariaDB added for a foreign key that had none to use: named
     * after the key, or, for a key MariaDB named itself ({@code <table>_ibfk_<n>}), after its first column.
     */
    private static boolean isForeignKeyIndex(ForeignKey fk, String index, List<String> columns) {
        return fk.columns().equals(columns)
                && (fk.name().equals(index) || fk.name().matches(".*_ibfk_\\d+") && index.equals(columns.get(0)));
    }

    private void readChecks(Connection connection, String in, Object[] parameters, Map<String, TableDraft> drafts)
            throws SQLException {
        CatalogQuery.forEach(
                connection,
                """
                SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
                WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME""" + in + """
                 ORDER BY TABLE_NAME, CONSTRAINT_NAME""",
                row -> {
                    TableDraft draft = drafts.get(row.getString(1));
                    String name = row.getString(2);
                    String clause = row.getString(3);
                    Matcher json = JSON_CHECK.matcher(clause);
                    if (json.matches() && json.group(1).equals(name) && isLongText(draft, name)) {
                        draft.columns.replaceAll(c -> c.name().equals(name) ? c.withType(Types.json()) : c);
                    } else {
                        draft.checks.add(new CheckConstraint(name, clause));
                    }
                },
                parameters);
    }

    private static boolean isLongText(TableDraft draft, String column) {
        return draft.columns.stream()
                .anyMatch(c -> c.name().equals(column) && c.type().equals(Types.sqlType("longtext")));
    }

    @Override
    protected List<Sequence> readSequences(Connection connection, String schema, String modelSchema)
            throws SQLException {
        List<String> names = new ArrayList<>();
        CatalogQuery.forEach(connection, """
                SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
                ORDER BY TABLE_NAME""", row -> names.add(row.getString(1)), schema);
        if (names.isEmpty()) {
            return List.of();
        }
        // A sequence's numbers are only readable from the sequence itself; one UNION reads them all.
        List<String> selects = new ArrayList<>();
        for (String name : names) {
            selects.add("SELECT ?, start_value, increment, minimum_value, maximum_value, cycle_option FROM "
                    + quote(schema) + "." + quote(name));
        }
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                String.join(" UNION ALL ", selects),
                row -> sequences.add(SequenceDefaults.normalise(
                        new Sequence(
                                modelSchema,
                                row.getString(1),
                                row.getLong(2),
                                row.getLong(3),
                                row.getLong(4),
                                row.getLong(5),
                                row.getBoolean(6)),
                        Long.MIN_VALUE + 1,
                        Long.MAX_VALUE - 1)),
                names.toArray());
        return sequences;
    }

    private static String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }
}
