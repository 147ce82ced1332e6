package dev.migrate.bench;

import dev.migrate.internal.runtime.UrlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One scratch schema or database that one tool migrates once. Every tool reaches it through
 * the same URL and the same unpooled data source, so connection costs are equal.
 *
 * @param database the kind of database
 * @param name     the schema (PostgreSQL), database (MariaDB) or in-memory database (H2)
 * @param url      the JDBC URL that lands in it
 * @param dropSql  what removes it again
 * @param dropUrl  where {@code dropSql} runs; {@code null} to run it on {@code url} itself
 */
public record Target(BenchDatabase database, String name, String url, String dropSql, String dropUrl)
        implements AutoCloseable {

    public DataSource dataSource() {
        return new UrlDataSource(url, null, null);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** How many tables the target holds now; a run that did not create every table is not a result. */
    public int tableCount() {
        String sql =
                switch (database) {
                    case POSTGRESQL ->
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + name + "'";
                    case MARIADB ->
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + name + "'";
                    case H2 -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC'";
                };
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the tables of " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            BenchDatabase.execute(dropUrl == null ? url : dropUrl, dropSql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + name + ": " + e.getMessage(), e);
        }
    }
}
