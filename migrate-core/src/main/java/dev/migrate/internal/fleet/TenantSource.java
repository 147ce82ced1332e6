package dev.migrate.internal.fleet;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.UrlMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Where a fleet's tenants come from. Each source gives the tenants in a stable order (the file's,
 * the query's, by name for a pattern), without duplicates, so a canary picks the same first
 * tenants on every run.
 */
public sealed interface TenantSource {

    /**
     * The tenants.
     *
     * @param database the fleet's database, for a query or a pattern; {@code null} when none is configured
     */
    List<Tenant> tenants(DataSource database);

    /** A text file: one schema name or JDBC URL a line; blank lines and lines starting with {@code #} are skipped. */
    static TenantSource file(Path file) {
        return new FileSource(file);
    }

    /** A query on the fleet's database whose first column is the schema name (or JDBC URL) of each tenant. */
    static TenantSource query(String sql) {
        return new QuerySource(sql);
    }

    /**
     * The schemas (databases on MariaDB/MySQL) whose names match a SQL {@code LIKE} pattern such as
     * {@code tenant_%}, read from {@code information_schema.schemata}.
     */
    static TenantSource pattern(String likePattern) {
        return new PatternSource(likePattern);
    }

    /** Tenants the program names itself (schema names or JDBC URLs). */
    static TenantSource list(List<String> tenants) {
        return new ListSource(List.copyOf(tenants));
    }

    record FileSource(Path file) implements TenantSource {
        @Override
        public List<Tenant> tenants(DataSource database) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException(
                        ErrorKind.FILE_ACCESS,
                        "The tenants file " + file + " could not be read (" + e.getMessage()
                                + "): give a text file with one schema name or JDBC URL a line");
            }
            Set<Tenant> tenants = new LinkedHashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    tenants.add(Tenant.parse(line, file + " line " + (i + 1)));
                }
            }
            return List.copyOf(tenants);
        }
    }

    record QuerySource(String sql) implements TenantSource {
        @Override
        public List<Tenant> tenants(DataSource database) {
            Set<Tenant> tenants = new LinkedHashSet<>();
            try (Connection connection =
                            requireDatabase(database, "--tenants-query").getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    String value = rows.getString(1);
                    if (value != null && !value.isBlank()) {
                        tenants.add(Tenant.parse(value, "the tenants query"));
                    }
                }
            } catch (SQLException e) {
                throw new MigrateException(
                        ErrorKind.DATABASE_ERROR,
                        "The tenants query '" + UrlMasker.mask(sql) + "' failed: "
                                + UrlMasker.mask(e.getMessage())
                                + ". Give a SELECT whose first column is the tenant's schema"
                                + " name or JDBC URL",
                        e);
            }
            return List.copyOf(tenants);
        }
    }

    record PatternSource(String likePattern) implements TenantSource {
        @Override
        public List<Tenant> tenants(DataSource database) {
            List<Tenant> tenants = new ArrayList<>();
            // information_schema.schemata lists schemas on PostgreSQL and H2 and databases on MariaDB/MySQL;
            // compared in lower case, since H2 keeps unquoted names in upper case
            String sql = "SELECT schema_name FROM information_schema.schemata WHERE LOWER(schema_name) LIKE LOWER(?)"
                    + " ORDER BY schema_name";
            try (Connection connection =
                            requireDatabase(database, "--tenants-pattern").getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, likePattern);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tenants.add(Tenant.schema(rows.getString(1)));
                    }
                }
            } catch (SQLException e) {
                throw new MigrateException(
                        ErrorKind.DATABASE_ERROR,
                        "The schemas matching '" + likePattern + "' could not be listed: "
                                + UrlMasker.mask(e.getMessage()),
                        e);
            }
            return List.copyOf(tenants);
        }
    }

    record ListSource(List<String> names) implements TenantSource {
        @Override
        public List<Tenant> tenants(DataSource database) {
            Set<Tenant> tenants = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                tenants.add(Tenant.parse(names.get(i), "tenant " + (i + 1) + " of the list"));
            }
            return List.copyOf(tenants);
        }
    }

    private static DataSource requireDatabase(DataSource database, String option) {
        if (database == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    option + " reads the tenants from the database, but none is configured:"
                            + " give a URL (url / MIGRATE_URL / --url)");
        }
        return database;
    }
}
