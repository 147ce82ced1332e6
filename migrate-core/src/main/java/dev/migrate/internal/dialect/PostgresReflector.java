package dev.migrate.internal.dialect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Deferrable;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.Types;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL, from {@code pg_catalog}: five queries for any number of tables. Besides the rules
 * of {@link SchemaReflector}:
 * <ul>
 *   <li>{@code int2/int4/int8} are smallint/integer/bigint, {@code character varying(n)} is
 *       {@code varchar(n)}, {@code character(n)} is {@code fixedChar(n)}, {@code jsonb} is
 *       {@code json()} (plain {@code json} stays {@code sqlType("json")}), {@code bytea} is
 *       {@code binary()}, {@code timestamp}/{@code timestamp(6)} (6 is the most PostgreSQL keeps)
 *       are {@code timestamp()}, with time zone likewise; an enum type is {@code enumType} with
 *       its labels in order.</li>
 *   <li>A {@code serial} column (default {@code nextval(...)} of a sequence the column owns) and
 *       an identity column are identity columns without default; their sequences are not
 *       listed. So is any sequence that is {@code OWNED BY} a column.</li>
 *   <li>A primary key named {@code <table>_pkey}, the name PostgreSQL gives an unnamed one, has
 *       no name.</li>
 *   <li>Check conditions and index expressions are as {@code pg_get_constraintdef} and
 *       {@code pg_get_indexdef} print them (pretty form).</li>
 * </ul>
 */
final class PostgresReflector extends CatalogReflector {

    private static final Pattern SIZED = Pattern.compile("^[a-z ]+\\((\\d+)(?:,(\\d+))?\\)$");
    private static final Pattern TIMESTAMP = Pattern.compile("^timestamp(?:\\(6\\))? with(out)? time zone$");

    @Override
    protected List<TableName> listTables(Connection connection, String schema) throws SQLException {
        List<TableName> tables = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.relname, d.description
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname""",
                row -> tables.add(new TableName(row.getString(1), row.getString(1), row.getString(2))),
                schema);
        return tables;
    }

    @Override
    protected List<Table> readTables(Connection connection, String schema, String modelSchema, List<TableName> tables)
            throws SQLException {
        Map<String, TableDraft> drafts = drafts(modelSchema, tables);
        Array names = connection.createArrayOf("text", drafts.keySet().toArray());
        Map<String, Map<Integer, String>> attributes = new HashMap<>();
        readColumns(connection, schema, names, drafts, attributes);
        readConstraints(connection, schema, names, drafts, attributes);
        readIndexes(connection, schema, names, drafts, attributes);
        List<Table> result = new ArrayList<>();
        for (TableDraft d : drafts.values()) {
            result.add(d.build());
        }
        return result;
    }

    private void readColumns(
            Connection connection,
            String schema,
            Array names,
            Map<String, TableDraft> drafts,
            Map<String, Map<Integer, String>> attributes)
            throws SQLException {
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typtype,
                       a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), a.attidentity,
                       (SELECT ds.description FROM pg_description ds
                        WHERE ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum),
                       CASE WHEN t.typtype = 'e'
                            THEN ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) END,
                       CASE WHEN pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%'
                            THEN EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid
                                         WHERE dep.refclassid = 'pg_class'::regclass AND dep.refobjid = c.oid
                                           AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_class'::regclass
                                           AND dep.deptype = 'a' AND s.relkind = 'S')
                            ELSE false END
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                WHERE n.nspname = ? AND c.relname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY c.relname, a.attnum""",
                row -> {
                    String table = row.getString(1);
                    String name = row.getString(3);
                    attributes.computeIfAbsent(table, k -> new HashMap<>()).put(row.getInt(2), name);
                    ColumnType type = type(row.getString(4), row.getString(5), row.getString(6), row.getArray(11));
                    String rawDefault = row.getString(8);
                    boolean serial = row.getBoolean(12) && rawDefault != null && rawDefault.startsWith("nextval(");
                    boolean identity = serial || !row.getString(9).isEmpty();
                    String serverDefault = identity ? null : Defaults.normalise(rawDefault, type);
                    drafts.get(table)
                            .columns
                            .add(new Column(
                                    name,
                                    type,
                                    !row.getBoolean(7) && !identity,
                                    serverDefault,
                                    row.getString(10),
                                    identity && type.isInteger()));
                },
                schema,
                names);
    }

    private static ColumnType type(String formatted, String typeName, String typeType, Array enumLabels)
            throws SQLException {
        if ("e".equals(typeType)) {
            return Types.enumType(typeName, (String[]) enumLabels.getArray());
        }
        Matcher sized = SIZED.matcher(formatted);
        Integer first = sized.matches() ? Integer.valueOf(sized.group(1)) : null;
        Integer second = sized.matches() && sized.group(2) != null ? Integer.valueOf(sized.group(2)) : null;
        switch (typeName) {
            case "int2":
                return Types.smallint();
            case "int4":
                return Types.integer();
            case "int8":
                return Types.bigint();
            case "bool":
                return Types.bool();
            case "text":
                return Types.text();
            case "float4":
                return Types.real();
            case "float8":
                return Types.doublePrecision();
            case "date":
                return Types.date();
            case "uuid":
                return Types.uuid();
            case "jsonb":
                return Types.json();
            case "bytea":
                return Types.binary();
            case "time":
                if (formatted.equals("time without time zone")) {
                    return Types.time();
                }
                break;
            case "timestamp":
                if (TIMESTAMP.matcher(formatted).matches()) {
                    return Types.timestamp();
                }
                break;
            case "timestamptz":
                if (TIMESTAMP.matcher(formatted).matches()) {
                    return Types.timestampWithTimeZone();
                }
                break;
            case "varchar":
                if (first != null) {
                    return Types.varchar(first);
                }
                break;
            case "bpchar":
                if (first != null) {
                    return Types.fixedChar(first);
                }
                break;
            case "numeric":
                if (first == null) {
                    return Types.numeric();
                }
                return second == null ? Types.numeric(first) : Types.numeric(first, second);
            default:
                break;
        }
        return Types.sqlType(formatted);
    }

    private void readConstraints(
            Connection connection,
            String schema,
            Array names,
            Map<String, TableDraft> drafts,
            Map<String, Map<Integer, String>> attributes)
            throws SQLException {
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.relname, con.conname, con.contype, con.conkey,
                       CASE WHEN con.contype = 'f'
                            THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
                                       JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos) END,
                       rc.relname, rn.nspname, con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
                       CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_class rc ON rc.oid = con.confrelid
                LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                WHERE n.nspname = ? AND c.relname = ANY (?) AND con.contype IN ('p', 'u', 'f', 'c')
                ORDER BY c.relname, con.conname""",
                row -> {
                    TableDraft draft = drafts.get(row.getString(1));
                    String name = row.getString(2);
                    Map<Integer, String> attributeNames = attributes.get(row.getString(1));
                    List<String> columns = new ArrayList<>();
                    for (Number attnum : (Number[]) row.getArray(4).getArray()) {
                        columns.add(attributeNames.get(attnum.intValue()));
                    }
                    switch (row.getString(3)) {
                        case "p" ->
                            draft.primaryKey =
                                    new PrimaryKey(name.equals(row.getString(1) + "_pkey") ? null : name, columns);
                        case "u" -> draft.uniques.add(new UniqueConstraint(name, columns));
                        case "c" -> draft.checks.add(new CheckConstraint(name, checkCondition(row.getString(12))));
                        default -> {
                            String referredSchema = row.getString(7);
                            draft.foreignKeys.add(new ForeignKey(
                                    name,
                                    columns,
                                    referredSchema.equals(schema) ? null : referredSchema,
                                    row.getString(6),
                                    Arrays.asList((String[]) row.getArray(5).getArray()),
                                    action(row.getString(8)),
                                    action(row.getString(9)),
                                    !row.getBoolean(10)
                                            ? Deferrable.NOT_DEFERRABLE
                                            : row.getBoolean(11)
                                                    ? Deferrable.INITIALLY_DEFERRED
                                                    : Deferrable.INITIALLY_IMMEDIATE));
                        }
                    }
                },
                schema,
                names);
    }

    /** {@code CHECK (price > 0::numeric)} → {@code price > 0::numeric}. */
    static String checkCondition(String definition) {
        String d = definition.trim();
        if (d.endsWith(" NOT VALID")) {
            d = d.substring(0, d.length() - " NOT VALID".length());
        }
        if (d.startsWith("CHECK (") && d.endsWith(")")) {
            d = d.substring("CHECK (".length(), d.length() - 1);
        }
        return d.trim();
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    private void readIndexes(
            Connection connection,
            String schema,
            Array names,
            Map<String, TableDraft> drafts,
            Map<String, Map<Integer, String>> attributes)
            throws SQLException {
        Map<String, List<IndexPart>> parts = new LinkedHashMap<>();
        Map<String, Object[]> heads = new HashMap<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.relname, ic.relname, i.indisunique, i.indkey[k.n - 1], pg_get_indexdef(i.indexrelid, k.n, true),
                       pg_get_expr(i.indpred, i.indrelid, true)
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_class ic ON ic.oid = i.indexrelid
                CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) k(n)
                WHERE n.nspname = ? AND c.relname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                  AND con.contype IN ('p', 'u', 'x'))
                ORDER BY c.relname, ic.relname, k.n""",
                row -> {
                    String table = row.getString(1);
                    String key = table + "\u0000" + row.getString(2);
                    heads.putIfAbsent(key, new Object[] {table, row.getString(2), row.getBoolean(3), row.getString(6)});
                    int attnum = row.getInt(4);
                    IndexPart part = attnum == 0
                            ? IndexPart.expression(row.getString(5))
                            : IndexPart.column(attributes.get(table).get(attnum));
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
                },
                schema,
                names);
        for (Map.Entry<String, List<IndexPart>> e : parts.entrySet()) {
            Object[] head = heads.get(e.getKey());
            drafts.get((String) head[0])
                    .indexes
                    .add(new Index((String) head[1], e.getValue(), (Boolean) head[2], (String) head[3]));
        }
    }

    @Override
    protected List<Sequence> readSequences(Connection connection, String schema, String modelSchema)
            throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                """
                SELECT c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle, t.typname
                FROM pg_sequence s
                JOIN pg_class c ON c.oid = s.seqrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_type t ON t.oid = s.seqtypid
                WHERE n.nspname = ?
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
                ORDER BY c.relname""",
                row -> {
                    long typeMax =
                            switch (row.getString(7)) {
                                case "int2" -> Short.MAX_VALUE;
                                case "int4" -> Integer.MAX_VALUE;
                                default -> Long.MAX_VALUE;
                            };
                    long typeMin =
                            switch (row.getString(7)) {
                                case "int2" -> Short.MIN_VALUE;
                                case "int4" -> Integer.MIN_VALUE;
                                default -> Long.MIN_VALUE;
                            };
                    sequences.add(SequenceDefaults.normalise(
                            new Sequence(
                                    modelSchema,
                                    row.getString(1),
                                    row.getLong(2),
                                    row.getLong(3),
                                    row.getLong(4),
                                    row.getLong(5),
                                    row.getBoolean(6)),
                            typeMin,
                            typeMax));
                },
                schema);
        return sequences;
    }
}
