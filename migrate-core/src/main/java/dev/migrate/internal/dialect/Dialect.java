package dev.migrate.internal.dialect;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Operation;
import dev.migrate.schema.ColumnType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What differs between databases. Subclasses override only what their database does
 * differently; the facts are plain methods so a reader sees them in one place.
 */
public abstract class Dialect {

    /** The name used by {@code --dialect} and in messages: {@code postgresql}, {@code mariadb}, … */
    public abstract String name();

    /** Whether DDL takes part in transactions (PostgreSQL, H2, SQLite) or commits at once (MySQL). */
    public abstract boolean transactionalDdl();

    /** Quotes an identifier so it stays one name whatever it contains. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * An identifier as DDL writes it: bare when it is lower case, plain and not a keyword, so it
     * reads naturally and matches hand-written SQL (H2 folds bare names to upper case, as
     * Hibernate expects there); quoted otherwise, so that reserved words, mixed case, spaces,
     * quotes and semicolons stay one exact name.
     */
    public String identifier(String name) {
        return name.matches("[a-z_][a-z0-9_]*") && !reservedWords().contains(name) ? name : quote(name);
    }

    /** Words that must be quoted to be names. */
    protected java.util.Set<String> reservedWords() {
        return ReservedWords.COMMON;
    }

    /** An optionally schema-qualified name, each part written as {@link #identifier(String)} does. */
    public String qualify(String schema, String name) {
        return schema == null || schema.isEmpty() ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /** Renders a string as a SQL literal, for offline scripts. */
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@code value} as a literal: {@code opening}, each character as {@code escape} spells it (or
     * as it is where that gives {@code null}), and a closing quote.
     */
    protected static String quoted(String opening, String value, java.util.function.IntFunction<String> escape) {
        StringBuilder literal = new StringBuilder(opening);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escaped = escape.apply(c);
            if (escaped == null) {
                literal.append(c);
            } else {
                literal.append(escaped);
            }
        }
        return literal.append('\'').toString();
    }

    /** The SQL type of a short string column such as the version table's. */
    public String varcharType(int length) {
        return "VARCHAR(" + length + ")";
    }

    /** The SQL type of a timestamp column in the history log. */
    public String timestampType() {
        return "TIMESTAMP";
    }

    /** The SQL type of a boolean column in the history log. */
    public String booleanType() {
        return "BOOLEAN";
    }

    /** The statements that start and end a transaction in an offline script. */
    public String beginTransaction() {
        return "BEGIN";
    }

    public String commitTransaction() {
        return "COMMIT";
    }

    /** The statements an offline script starts with, before anything else. */
    public java.util.List<String> scriptPreamble() {
        return java.util.List.of();
    }

    /** The statement delimiter written after each statement of an offline script. */
    public String statementDelimiter() {
        return ";";
    }

    /**
     * Whether running {@code sql} inside a transaction commits that transaction first, as DDL does
     * where it is not transactional; {@code false} where DDL is transactional. A failed revision's
     * report uses it to tell the statements that stayed from those that were rolled back.
     */
    public boolean commitsImplicitly(String sql) {
        return false;
    }

    /** The lock that keeps runners apart on this database. */
    public abstract DatabaseLock lock();

    /**
     * The name of the lock for one version table. Lock names of advisory locks are not scoped
     * to a schema, so the name carries the schema (or database) and the table.
     *
     * @param schema the schema (MariaDB/MySQL: the database) the version table was resolved to,
     *               by {@link #schemaOf} unless configured; {@code null} where the database has none
     * @param table  the version table's name
     */
    public String lockName(String schema, String table) {
        return "migrate:" + schema + "." + table;
    }

    /**
     * The schema an unqualified {@code table} names on this connection: the one it exists in,
     * else the one {@code CREATE TABLE} would put it in; {@code null} when the database has no
     * such notion. Asked once per run that has work, so the lock and every statement then name
     * the same table. Here: the connection's current schema, the only one an unqualified name
     * reaches.
     */
    public String schemaOf(Connection connection, String table) throws SQLException {
        return connection.getSchema();
    }

    /** The column definition of an auto-numbered primary key, for the history log. */
    public String identityPrimaryKey() {
        return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    /**
     * Whether a transactional revision is sent with its history row and version-table change as
     * one JDBC batch (one round trip where the driver pipelines it), with {@link
     * #transactionElapsedMillis} as the history row's time. Only where DDL is transactional: a batch
     * that fails is rolled back whole and the revision run again statement by statement, which
     * names the failing statement as an unbatched run does (the driver's batch error does not).
     */
    public boolean batchesRevisions() {
        return false;
    }

    /**
     * An expression for the milliseconds since the open transaction began, evaluated where it
     * stands in a batch; {@code null} where {@link #batchesRevisions} is {@code false}.
     */
    public String transactionElapsedMillis() {
        return null;
    }

    /** An expression for the current database user, recorded in the history log. */
    public String currentUserExpression() {
        return "CURRENT_USER";
    }

    /** Renders one operation as the statements that perform it. */
    public List<String> render(Operation operation) {
        return renderer().render(operation);
    }

    protected DdlRenderer renderer() {
        return new DdlRenderer(this);
    }

    /** Renders a value as a SQL literal of the given type, for offline scripts and {@code inlineLiteral}. */
    public String literal(Object value, ColumnType type) {
        return renderer().literal(value, type);
    }

    /** This database's spelling of a type. */
    public String type(ColumnType type) {
        return renderer().type(type);
    }

    /** A bulk insert as one parameterized statement and its rows, for running online with bound values. */
    public PreparedBatch prepare(BulkInsert operation) {
        return renderer().prepare(operation);
    }

    /**
     * The operation with what only the live database can tell filled in, before it is rendered
     * online; refused with a clear error when it cannot run safely on this connection as it is.
     * Only SQLite's batch mode needs this: it reads the table it rebuilds, and refuses while
     * foreign keys are enforced (see {@link #guardTransaction}).
     */
    public Operation completeOnline(Operation operation, Connection connection) throws SQLException {
        return operation;
    }

    /**
     * Taken by the runner before it begins each migration transaction, and closed after it
     * ends; see {@link TransactionGuard}. Most databases need nothing.
     */
    public TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return TransactionGuard.NONE;
    }

    /** Whether this database has comments on tables and columns (SQLite has none; they are left out there). */
    public boolean supportsComments() {
        return true;
    }

    /** Where statements end in this database's SQL: its quotes, comments and escapes. */
    public abstract SqlSyntax sqlSyntax();

    /** Reads this database's catalog into a schema model, for autogenerate, check, squash and baseline. */
    public abstract SchemaReflector reflector();

    /**
     * Hibernate's dialect class, for building the target model from entities without a
     * connection; {@code null} where autogenerate from entities does not support this database.
     */
    public String hibernateDialect() {
        return null;
    }

    /**
     * Whether what migrate calls a schema is a catalog here: on MariaDB/MySQL a "schema" is a
     * database, made with {@code CREATE DATABASE} and entered with {@link Connection#setCatalog}.
     */
    public boolean catalogIsSchema() {
        return false;
    }

    /** Whether the server holds more than one schema, so that a scratch schema can be made beside the others. */
    public boolean hasSchemas() {
        return true;
    }

    /** The statement that makes an empty schema (a database where {@link #catalogIsSchema()}). */
    public String createSchema(String name) {
        return (catalogIsSchema() ? "CREATE DATABASE " : "CREATE SCHEMA ") + name;
    }

    /** The statement that drops a schema with everything in it. */
    public String dropSchema(String name) {
        return catalogIsSchema() ? "DROP DATABASE " + name : "DROP SCHEMA " + name + " CASCADE";
    }

    /**
     * Whether the database gives every foreign key an index on its columns, making one when the
     * table has none (MariaDB/MySQL); autogenerate then takes such an index for the database's,
     * not a difference from the model.
     */
    public boolean indexesForeignKeys() {
        return false;
    }

    /**
     * The name the database gives an unnamed primary key of {@code table}, where dropping the key
     * needs it and reflection leaves it out (PostgreSQL's {@code <table>_pkey}); {@code null}
     * where a primary key is dropped without its name.
     */
    public String generatedPrimaryKeyName(String table) {
        return null;
    }

    /**
     * Whether the database has no boolean type of its own, so that {@code boolean},
     * {@code tinyint(1)} and {@code bit(1)} all hold a Java boolean (MariaDB/MySQL); autogenerate
     * then takes none of them for a change of another.
     */
    public boolean booleanIsNumber() {
        return false;
    }

    /**
     * How this database bounds the time a statement waits for a table lock
     * ({@code ddl_lock_timeout}) and names the sessions that block it; {@code null} where it has no
     * such setting (SQLite).
     */
    public @Nullable TableLockTimeout tableLockTimeout() {
        return null;
    }

    /**
     * How many rows each base table of the connection's current schema holds, as the catalog
     * estimates it, by lower-case table name; empty where the database keeps no estimate (SQLite).
     * Lint tells a lock on a large table from one on a small table by it.
     */
    public Map<String, Long> tableRows(Connection connection) throws SQLException {
        return Map.of();
    }

    /**
     * Whether {@code CREATE INDEX} and adding a unique or primary key build the index in place
     * without blocking writes (MariaDB/MySQL's online DDL, {@code LOCK=NONE}), so lint need not
     * ask for a concurrent build.
     */
    public boolean buildsIndexesOnline() {
        return false;
    }

    /**
     * Whether an index can be built without blocking writes by {@code CREATE INDEX CONCURRENTLY},
     * outside a transaction (PostgreSQL): what autogenerate's {@code --safe} writes for a new index
     * on an existing table.
     */
    public boolean buildsIndexesConcurrently() {
        return false;
    }

    /**
     * Whether a foreign key or check constraint can be added {@code NOT VALID} and validated later
     * without blocking writes (PostgreSQL).
     */
    public boolean addsConstraintsNotValid() {
        return false;
    }

    /**
     * Whether adding a column with a volatile default (or a serial or stored generated column)
     * rewrites the whole table under an exclusive lock (PostgreSQL).
     */
    public boolean rewritesTableForVolatileDefault() {
        return false;
    }

    /**
     * Whether DDL takes an exclusive lock on the whole database's catalog (H2's "SYS"), so that an
     * open transaction in one schema holds up DDL in every other: a fleet then migrates its
     * schemas one at a time.
     */
    public boolean ddlLocksWholeCatalog() {
        return false;
    }

    /**
     * Whether index names belong to their table, so that {@code DROP INDEX} names the table too
     * ({@code DROP INDEX ix ON t}, MariaDB/MySQL).
     */
    public boolean dropIndexNamesTable() {
        return false;
    }

    /** Whether {@code ALTER TABLE … ADD COLUMN IF NOT EXISTS} exists, so an offline script can add a column it cannot see. */
    public boolean addsColumnIfNotExists() {
        return true;
    }

    /**
     * The value {@code sequence}'s next call would give, read from the live database, so that a
     * baseline's {@code CREATE SEQUENCE} continues where it stands; {@code null} where it cannot be read.
     */
    public Long nextSequenceValue(Connection connection, dev.migrate.schema.Sequence sequence) throws SQLException {
        return null;
    }

    /** The first column of the first row {@code sql} returns, or {@code null} without a row. */
    protected static Long singleLong(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : null;
        }
    }

    /** Chooses the dialect from the connection's metadata. */
    public static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String product = metaData.getDatabaseProductName();
        String url = metaData.getURL();
        return detect(product, url);
    }

    static Dialect detect(String product, String url) {
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return new PostgresDialect();
        }
        if (p.contains("mariadb") || u.startsWith("jdbc:mariadb:")) {
            return new MariaDbDialect();
        }
        if (p.contains("mysql")) {
            return MariaDbDialect.mysql();
        }
        if (p.equals("h2")) {
            return new H2Dialect();
        }
        if (p.contains("sqlite") || u.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        throw new BadInputException(
                ErrorKind.UNSUPPORTED_DATABASE,
                "Unsupported database '" + product + "': migrate supports PostgreSQL, MariaDB/MySQL, H2 and SQLite.");
    }

    /** Chooses the dialect by name, for offline mode without a connection ({@code --dialect}). */
    public static Dialect named(String name) {
        return byName(name)
                .orElseThrow(() -> new BadInputException(
                        ErrorKind.UNSUPPORTED_DATABASE,
                        "Unknown dialect '" + name + "': use one of postgresql, mariadb, mysql, h2, sqlite."));
    }

    /** The dialect a name stands for ({@code postgresql}, {@code postgres}, {@code mariadb}, {@code mysql}, {@code h2}, {@code sqlite}), if any. */
    public static java.util.Optional<Dialect> byName(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return java.util.Optional.ofNullable(
                switch (key) {
                    case "postgresql", "postgres" -> new PostgresDialect();
                    case "mariadb" -> new MariaDbDialect();
                    case "mysql" -> MariaDbDialect.mysql();
                    case "h2" -> new H2Dialect();
                    case "sqlite" -> new SqliteDialect();
                    default -> null;
                });
    }

    @Override
    public String toString() {
        return name();
    }
}
