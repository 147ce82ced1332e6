package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.schema.OneLineText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL: transactional DDL, session advisory locks. */
public class PostgresDialect extends Dialect {

    @Override
    public SqlSyntax sqlSyntax() {
        return SqlSyntax.POSTGRESQL;
    }

    @Override
    public SchemaReflector reflector() {
        return new PostgresReflector();
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    public String generatedPrimaryKeyName(String table) {
        return table + "_pkey";
    }

    @Override
    public Long nextSequenceValue(Connection connection, dev.migrate.schema.Sequence sequence) throws SQLException {
        long increment = sequence.increment() == null ? 1 : sequence.increment();
        return singleLong(
                connection,
                "SELECT CASE WHEN is_called THEN last_value + " + increment + " ELSE last_value END FROM "
                        + qualify(sequence.schema(), sequence.name()));
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** pgJDBC sends a {@code Statement} batch in one round trip; the server runs nothing after an error in it. */
    @Override
    public boolean batchesRevisions() {
        return true;
    }

    /** {@code clock_timestamp()} moves while the transaction runs; {@code transaction_timestamp()} is its start. */
    @Override
    public String transactionElapsedMillis() {
        return "CAST(1000 * EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) AS BIGINT)";
    }

    /**
     * A plain literal, or an escape string ({@code E'…'}) when the value holds control characters, so
     * that a literal of an offline script never spans lines. PostgreSQL's text cannot hold NUL at all.
     */
    @Override
    public String literal(String value) {
        if (value == null || value.chars().noneMatch(Character::isISOControl)) {
            return super.literal(value);
        }
        if (value.indexOf('\0') >= 0) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT,
                    "A value holds the NUL character (\\0), which PostgreSQL text cannot hold; remove it from "
                            + super.literal(OneLineText.of(value)));
        }
        return quoted("E'", value, c -> switch (c) {
            case '\\' -> "\\\\";
            case '\'' -> "''";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            // an escape \x80 or above would be a byte, not a character, in a UTF-8 database
            default -> Character.isISOControl(c) ? String.format(c < 0x80 ? "\\x%02x" : "\\u%04x", c) : null;
        });
    }

    @Override
    public DatabaseLock lock() {
        return new PostgresAdvisoryLock();
    }

    /**
     * Where the search path really finds the table ({@code to_regclass}), else the first existing
     * schema of the search path, where {@code CREATE TABLE} puts it. Two sessions whose search
     * paths differ (a role with a schema of its own under {@code "$user", public}) thus name the
     * same table, and the same lock, whenever their unqualified statements would reach the same
     * table.
     */
    @Override
    public String schemaOf(Connection connection, String table) throws SQLException {
        String sql = "SELECT COALESCE((SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)), current_schema())";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, quote(table));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Override
    protected DdlRenderer renderer() {
        return new PostgresDdlRenderer(this);
    }

    @Override
    public TableLockTimeout tableLockTimeout() {
        return new TableLockTimeout.Postgres();
    }

    /** {@code pg_class.reltuples}, as of the last ANALYZE or VACUUM. */
    @Override
    public java.util.Map<String, Long> tableRows(Connection connection) throws SQLException {
        return TableRows.estimated(
                connection,
                "SELECT c.relname, c.reltuples, c.relpages FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                        + " AND n.nspname = ANY (current_schemas(false))",
                true);
    }

    @Override
    public boolean buildsIndexesConcurrently() {
        return true;
    }

    @Override
    public boolean addsConstraintsNotValid() {
        return true;
    }

    @Override
    public boolean rewritesTableForVolatileDefault() {
        return true;
    }
}
