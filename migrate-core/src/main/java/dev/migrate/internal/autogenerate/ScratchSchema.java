package dev.migrate.internal.autogenerate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.SchemaSelectingDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * A uniquely named, empty schema (a database on MariaDB/MySQL) on the server of a data source,
 * dropped on {@link #close()}: where {@code squash} upgrades to the end of its range to read the
 * schema the originals build. Connections from {@link #dataSource()} use it as their current
 * schema, so unqualified names in the revisions land there; each gets its previous schema back
 * when it is closed, because a pool may hand it out again.
 */
public final class ScratchSchema implements AutoCloseable {

    private final DataSource server;
    private final Dialect dialect;
    private final String name;
    private final boolean catalog;

    private ScratchSchema(DataSource server, Dialect dialect, String name, boolean catalog) {
        this.server = server;
        this.dialect = dialect;
        this.name = name;
        this.catalog = catalog;
    }

    /** Creates the scratch schema on the server {@code server} connects to. */
    public static ScratchSchema create(DataSource server) {
        try (Connection connection = server.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            boolean catalog = dialect.catalogIsSchema();
            if (!dialect.hasSchemas()) {
                throw new BadInputException(
                        ErrorKind.UNSUPPORTED_DATABASE,
                        "squash needs a scratch schema to upgrade to the end of its range;"
                                + " SQLite has none. Run it against PostgreSQL, MariaDB/MySQL or H2.");
            }
            String name = "migrate_squash_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
            if (connection.getMetaData().storesUpperCaseIdentifiers()) {
                name = name.toUpperCase(java.util.Locale.ROOT);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(dialect.createSchema(name));
            }
            return new ScratchSchema(server, dialect, name, catalog);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not create a scratch schema for squash (it needs the right to create" + " one): "
                            + e.getMessage(),
                    e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the scratch "schema" is a catalog (a MariaDB/MySQL database). */
    public boolean isCatalog() {
        return catalog;
    }

    /** Connections whose current schema is the scratch schema. */
    public DataSource dataSource() {
        return SchemaSelectingDataSource.of(server, name);
    }

    @Override
    public void close() {
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(dialect.dropSchema(name));
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not drop the scratch schema " + name + "; drop it by hand: " + e.getMessage(),
                    e);
        }
    }
}
