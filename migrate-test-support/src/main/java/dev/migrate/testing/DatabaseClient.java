package dev.migrate.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SQL script into a scratch database the way a DBA would: {@code psql -v ON_ERROR_STOP=1 -f}
 * on PostgreSQL, the {@code mariadb} client on MariaDB, and H2's own {@code RUNSCRIPT}. Offline
 * scripts are only proven when the database's own client accepts them.
 */
public final class DatabaseClient {

    private DatabaseClient() {}

    /** Runs {@code script}; fails with the client's output when the client does not exit with 0. */
    public static void run(ScratchDatabase db, Path script) throws IOException, InterruptedException, SQLException {
        switch (db.kind()) {
            case POSTGRES -> {
                URI address = db.server().address();
                ProcessBuilder psql = new ProcessBuilder(
                        "psql",
                        "-h",
                        address.getHost(),
                        "-p",
                        port(address, 5432),
                        "-U",
                        db.user(),
                        "-d",
                        address.getPath().substring(1),
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-q",
                        "-f",
                        script.toString());
                psql.environment().put("PGOPTIONS", "-c search_path=" + db.name());
                psql.environment().put("PGPASSWORD", db.password());
                exec(psql);
            }
            case MARIADB -> {
                URI address = db.server().address();
                ProcessBuilder client = new ProcessBuilder(
                        "mariadb", "-h", address.getHost(), "-P", port(address, 3306), "-u", db.user(), db.name());
                client.environment().put("MYSQL_PWD", db.password());
                client.redirectInput(script.toFile());
                exec(client);
            }
            case H2 -> {
                try (Connection connection = db.connect();
                        Statement statement = connection.createStatement()) {
                    statement.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'");
                }
            }
        }
    }

    private static String port(URI address, int defaultPort) {
        return String.valueOf(address.getPort() < 0 ? defaultPort : address.getPort());
    }

    private static void exec(ProcessBuilder builder) throws IOException, InterruptedException {
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(builder.command().get(0) + " did not finish in 60 s:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(builder.command().get(0) + " exited with " + process.exitValue() + ":\n" + output);
        }
    }
}
