package dev.migrate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Empty tenants for the fleet benchmarks: schemas on PostgreSQL, databases on MariaDB. */
final class BenchTenants {

    private BenchTenants() {}

    /** Creates {@code prefix0} … {@code prefix(count-1)} on {@code server} and returns their names. */
    static List<String> create(String server, String prefix, int count, boolean maria) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            for (int i = 0; i < count; i++) {
                String name = prefix + i;
                tenants.add(name);
                statement.execute((maria ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
            }
        }
        return tenants;
    }

    /** Drops the tenants {@link #create} made, with everything in them. */
    static void drop(String server, List<String> tenants, boolean maria) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            for (String tenant : tenants) {
                statement.execute((maria ? "DROP DATABASE IF EXISTS " : "DROP SCHEMA IF EXISTS ")
                        + tenant
                        + (maria ? "" : " CASCADE"));
            }
        }
    }
}
