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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2 2.x, from {@code INFORMATION_SCHEMA}. Besides the rules of {@link SchemaReflector}:
 * <ul>
 *   <li>Names: H2 stores a bare identifier in upper case, and the renderer writes plain lower-case
 *       names bare, so a stored name that is plain upper case ({@code ORDER_LINES}) is lower-cased
 *       in the model ({@code order_lines}); any other name (mixed or lower case, spaces, quotes)
 *       was quoted when created and is kept as stored. The same goes for quoted names inside check
 *       conditions, which are otherwise as H2 prints them, casts it added included
 *       ({@code "PRICE" > CAST(0 AS NUMERIC(1))} reads {@code price > CAST(0 AS NUMERIC(1))}).
 *       The catch: a name deliberately quoted in upper case reads as lower case.</li>
 *   <li>{@code CHARACTER VARYING(n)} is {@code varchar(n)}, {@code CHARACTER LARGE OBJECT} is
 *       {@code text()}, {@code BINARY LARGE OBJECT} is {@code binary()}, {@code BINARY VARYING(n)}
 *       is {@code binary(n)}, {@code NUMERIC} with H2's default precision is {@code numeric()},
 *       timestamps of the default precision (6) are {@code timestamp()}; an {@code ENUM} column is
 *       an enum type named after the column.</li>
 *   <li>A primary key H2 named itself ({@code CONSTRAINT_…}) has no name; the indexes H2 creates
 *       for constraints are not listed.</li>
 *   <li>{@code RESTRICT}, H2's default action, is {@code null} like {@code NO ACTION}.</li>
 * </ul>
 */
final class H2Reflector extends CatalogReflector {

    private static final Pattern PLAIN_UPPER = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern QUOTED_UPPER = Pattern.compile("\"([A-Z_][A-Z0-9_]*)\"");
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+");
    /** The precision H2 gives a {@code NUMERIC} declared without one. */
    private static final int DEFAULT_NUMERIC_PRECISION = 100000;

    /** A stored name as the model spells it. */
    static String modelName(String stored) {
        return stored != null && PLAIN_UPPER.matcher(stored).matches() ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    /** An SQL text with H2's quoted upper-case names written as lower-case bare ones. */
    static String modelSql(String sql) {
        Matcher m = QUOTED_UPPER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).toLowerCase(Locale.ROOT)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A schema asked for in plain lower case ({@code public}) is H2's folded upper-case one. */
    @Override
    protected String storedSchema(String name) {
        return name.matches("[a-z_][a-z0-9_]*") ? name.toUpperCase(Locale.ROOT) : name;
    }

    @Override
    protected List<TableName> listTables(Connection connection, String schema) throws SQLException {
        List<TableName> tables = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME""",
                row -> tables.add(new TableName(
                        row.getString(1), modelName(row.getString(1)), CatalogQuery.comment(row.getString(2)))),
                schema);
        return tables;
    }

    @Override
    protected List<Table> readTables(Connection connection, String schema, String modelSchema, List<TableName> tables)
            throws SQLException {
        Map<String, TableDraft> drafts = drafts(modelSchema, tables);
        List<Object> parameters = new ArrayList<>();
        parameters.add(schema);
        parameters.addAll(drafts.keySet());
        Object[] p = parameters.toArray();
        String in = " IN (" + String.join(", ", Collections.nCopies(drafts.size(), "?")) + ")";
        readColumns(connection, in, p, drafts);
        Map<String, Set<String>> constraintIndexes = readConstraints(connection, schema, in, p, drafts);
        readIndexes(connection, in, p, drafts, constraintIndexes);
        List<Table> result = new ArrayList<>();
        for (TableDraft d : drafts.values()) {
            result.add(d.build());
        }
        return result;
    }

    private void readColumns(Connection connection, String in, Object[] p, Map<String, TableDraft> drafts)
            throws SQLException {
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH, c.NUMERIC_PRECISION, c.NUMERIC_SCALE,
                       c.IS_NULLABLE, c.COLUMN_DEFAULT, c.IS_IDENTITY, c.REMARKS, c.DATETIME_PRECISION,
                       (SELECT LISTAGG(e.VALUE_NAME, CHAR(0)) WITHIN GROUP (ORDER BY e.VALUE_ORDINAL) FROM INFORMATION_SCHEMA.ENUM_VALUES e
                        WHERE e.OBJECT_SCHEMA = c.TABLE_SCHEMA AND e.OBJECT_NAME = c.TABLE_NAME AND e.OBJECT_TYPE = 'TABLE'
                          AND e.ENUM_IDENTIFIER = c.DTD_IDENTIFIER)
                FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME""" + in + """
                 ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION""",
                row -> {
                    String name = modelName(row.getString(2));
                    ColumnType type = type(
                            name,
                            row.getString(3),
                            CatalogQuery.length(row, 4),
                            CatalogQuery.integerOrNull(row, 5),
                            CatalogQuery.integerOrNull(row, 6),
                            CatalogQuery.integerOrNull(row, 11),
                            row.getString(12));
                    boolean identity = "YES".equals(row.getString(9)) && type.isInteger();
                    drafts.get(row.getString(1))
                            .columns
                            .add(new Column(
                                    name,
                                    type,
                                    "YES".equals(row.getString(7)) && !identity,
                                    identity ? null : Defaults.normalise(row.getString(8), type),
                                    CatalogQuery.comment(row.getString(10)),
                                    identity));
                },
                p);
    }

    private static ColumnType type(
            String column,
            String dataType,
            Integer length,
            Integer precision,
            Integer scale,
            Integer datetimePrecision,
            String enumValues) {
        return switch (dataType) {
            case "SMALLINT" -> Types.smallint();
            case "INTEGER" -> Types.integer();
            case "BIGINT" -> Types.bigint();
            case "BOOLEAN" -> Types.bool();
            case "CHARACTER VARYING" -> Types.varchar(length);
            case "CHARACTER" -> Types.fixedChar(length);
            case "CHARACTER LARGE OBJECT" -> Types.text();
            case "NUMERIC" ->
                precision == DEFAULT_NUMERIC_PRECISION && scale == 0
                        ? Types.numeric()
                        : scale == 0 ? Types.numeric(precision) : Types.numeric(precision, scale);
            case "REAL" -> Types.real();
            case "DOUBLE PRECISION" -> Types.doublePrecision();
            case "DATE" -> Types.date();
            case "TIME" -> datetimePrecision == 0 ? Types.time() : Types.sqlType("TIME(" + datetimePrecision + ")");
            case "TIMESTAMP" ->
                datetimePrecision == 6 ? Types.timestamp() : Types.sqlType("TIMESTAMP(" + datetimePrecision + ")");
            case "TIMESTAMP WITH TIME ZONE" ->
                datetimePrecision == 6
                        ? Types.timestampWithTimeZone()
                        : Types.sqlType("TIMESTAMP(" + datetimePrecision + ") WITH TIME ZONE");
            case "UUID" -> Types.uuid();
            case "JSON" -> Types.json();
            case "BINARY LARGE OBJECT" -> Types.binary();
            case "BINARY VARYING" -> Types.binary(length);
            case "ENUM" -> Types.enumType(column, enumValues.split("\u0000"));
            default -> Types.sqlType(dataType);
        };
    }

    /** Reads keys and checks; answers which index backs which constraint, by index name. */
    private Map<String, Set<String>> readConstraints(
            Connection connection, String schema, String in, Object[] p, Map<String, TableDraft> drafts)
            throws SQLException {
        Map<String, Set<String>> constraintIndexes = new HashMap<>();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, t.CONSTRAINT_TYPE, t.INDEX_NAME, k.COLUMN_NAME, cc.CHECK_CLAUSE
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                  ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME
                LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
                  ON cc.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = t.CONSTRAINT_NAME
                WHERE t.TABLE_SCHEMA = ? AND t.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'CHECK') AND t.TABLE_NAME""" + in + """
                 ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME, k.ORDINAL_POSITION""",
                row -> {
                    String key = row.getString(1) + "\u0000" + row.getString(2);
                    heads.putIfAbsent(
                            key, new Object[] {row.getString(1), row.getString(2), row.getString(3), row.getString(6)});
                    if (row.getString(4) != null) {
                        constraintIndexes
                                .computeIfAbsent(row.getString(4), k -> new HashSet<>())
                                .add(row.getString(2));
                    }
                    if (row.getString(5) != null) {
                        columns.computeIfAbsent(key, k -> new ArrayList<>()).add(modelName(row.getString(5)));
                    }
                },
                p);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            Object[] h = e.getValue();
            TableDraft draft = drafts.get((String) h[0]);
            String stored = (String) h[1];
            String name = modelName(stored);
            switch ((String) h[2]) {
                case "PRIMARY KEY" ->
                    draft.primaryKey = new PrimaryKey(
                            GENERATED_NAME.matcher(stored).matches() ? null : name, columns.get(e.getKey()));
                case "UNIQUE" -> draft.uniques.add(new UniqueConstraint(name, columns.get(e.getKey())));
                default -> draft.checks.add(new CheckConstraint(name, modelSql((String) h[3])));
            }
        }
        readForeignKeys(connection, schema, in, p, drafts, constraintIndexes);
        return constraintIndexes;
    }

    private void readForeignKeys(
            Connection connection,
            String schema,
            String in,
            Object[] p,
            Map<String, TableDraft> drafts,
            Map<String, Set<String>> constraintIndexes)
            throws SQLException {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> from = new LinkedHashMap<>();
        Map<String, List<String>> to = new LinkedHashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, u.TABLE_SCHEMA, u.TABLE_NAME, u.COLUMN_NAME,
                       r.DELETE_RULE, r.UPDATE_RULE, t.INDEX_NAME
                FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
                  ON t.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u
                  ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                 AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
                WHERE k.TABLE_SCHEMA = ? AND k.TABLE_NAME""" + in + """
                 ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""",
                row -> {
                    String key = row.getString(1) + "\u0000" + row.getString(2);
                    heads.putIfAbsent(key, new Object[] {
                        row.getString(1),
                        modelName(row.getString(2)),
                        row.getString(4),
                        modelName(row.getString(5)),
                        referentialAction(row.getString(7)),
                        referentialAction(row.getString(8))
                    });
                    constraintIndexes
                            .computeIfAbsent(row.getString(9), k -> new HashSet<>())
                            .add(row.getString(2));
                    from.computeIfAbsent(key, k -> new ArrayList<>()).add(modelName(row.getString(3)));
                    to.computeIfAbsent(key, k -> new ArrayList<>()).add(modelName(row.getString(6)));
                },
                p);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            Object[] h = e.getValue();
            String referredSchema = (String) h[2];
            drafts.get((String) h[0])
                    .foreignKeys
                    .add(new ForeignKey(
                            (String) h[1],
                            from.get(e.getKey()),
                            schema.equals(referredSchema) ? null : modelName(referredSchema),
                            (String) h[3],
                            to.get(e.getKey()),
                            (ReferentialAction) h[4],
                            (ReferentialAction) h[5],
                            null));
        }
    }

    private void readIndexes(
            Connection connection,
            String in,
            Object[] p,
            Map<String, TableDraft> drafts,
            Map<String, Set<String>> constraintIndexes)
            throws SQLException {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<IndexPart>> parts = new LinkedHashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
                WHERE i.TABLE_SCHEMA = ? AND i.TABLE_NAME""" + in + """
                 ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""",
                row -> {
                    String index = row.getString(2);
                    // H2 names the index it creates for a constraint after it; an index the user made and a
                    // constraint merely reuses is still the user's.
                    for (String constraint : constraintIndexes.getOrDefault(index, Set.of())) {
                        if (index.startsWith(constraint + "_INDEX_") || index.startsWith("PRIMARY_KEY_")) {
                            return;
                        }
                    }
                    String key = row.getString(1) + "\u0000" + index;
                    heads.putIfAbsent(
                            key,
                            new Object[] {row.getString(1), modelName(index), "UNIQUE INDEX".equals(row.getString(3))});
                    parts.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(IndexPart.column(modelName(row.getString(4))));
                },
                p);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            Object[] h = e.getValue();
            drafts.get((String) h[0])
                    .indexes
                    .add(new Index((String) h[1], parts.get(e.getKey()), (Boolean) h[2], null));
        }
    }

    @Override
    protected List<Sequence> readSequences(Connection connection, String schema, String modelSchema)
            throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT SEQUENCE_NAME, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, CYCLE_OPTION, DATA_TYPE
                FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ? ORDER BY SEQUENCE_NAME""",
                row -> {
                    long max =
                            switch (row.getString(7)) {
                                case "SMALLINT" -> Short.MAX_VALUE;
                                case "INTEGER" -> Integer.MAX_VALUE;
                                default -> Long.MAX_VALUE;
                            };
                    long min =
                            switch (row.getString(7)) {
                                case "SMALLINT" -> Short.MIN_VALUE;
                                case "INTEGER" -> Integer.MIN_VALUE;
                                default -> Long.MIN_VALUE;
                            };
                    sequences.add(SequenceDefaults.normalise(
                            new Sequence(
                                    modelSchema,
                                    modelName(row.getString(1)),
                                    row.getLong(2),
                                    row.getLong(3),
                                    row.getLong(4),
                                    row.getLong(5),
                                    "YES".equals(row.getString(6))),
                            min,
                            max));
                },
                schema);
        return sequences;
    }
}
