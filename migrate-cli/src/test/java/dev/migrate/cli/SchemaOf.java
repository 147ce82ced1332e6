package dev.migrate.cli;

import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.schema.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema and rows of a test database as migrate reads them: reflected with the dialect's
 * reflector (migrate's, Flyway's and Liquibase's own tables left out) and compared as
 * {@code check} compares, for the import tests' "same schema as the old tool built".
 */
final class SchemaOf {

    private SchemaOf() {}

    static SchemaModel reflect(ProcessDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.of(connection).reflector().reflect(connection, ReflectionFilter.defaults());
        }
    }

    /** What {@code check} would report between the two: empty when the schemas are the same. */
    static List<String> differences(ProcessDatabase expected, ProcessDatabase actual) throws SQLException {
        SchemaModel target = reflect(expected);
        try (Connection connection = actual.connect()) {
            Dialect dialect = Dialect.of(connection);
            SchemaModel database = dialect.reflector().reflect(connection, ReflectionFilter.defaults());
            Diff diff = Autogenerate.compare(database, target, dialect, CompareOptions.defaults());
            return diff.differences();
        }
    }

    /** Every row of {@code query}, each as its columns' text joined with '|'. */
    static List<String> rows(ProcessDatabase database, String query) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = rows.getString(i);
                    columns.add(value == null ? "null" : value.strip());
                }
                result.add(String.join("|", columns));
            }
            return result;
        }
    }
}
