package dev.migrate.testing;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real databases for tests: {@code MIGRATE_TEST_POSTGRES_URL} and
 * {@code MIGRATE_TEST_MARIADB_URL} (credentials in the URL or in {@code …_USER} /
 * {@code …_PASSWORD}), else Testcontainers when Docker is there. With neither a test is skipped
 * with a message, except under {@code CI=true}, where a missing database fails it.
 */
public final class TestDatabases {

    private static final Map<TestDatabase, ServerEndpoint> SERVERS = new EnumMap<>(TestDatabase.class);

    private TestDatabases() {}

    /** A fresh, uniquely named database or schema; close it to drop it. */
    public static ScratchDatabase create(TestDatabase kind) {
        if (kind == TestDatabase.H2) {
            return new ScratchDatabase(kind, null);
        }
        return new ScratchDatabase(kind, server(kind));
    }

    static synchronized ServerEndpoint server(TestDatabase kind) {
        ServerEndpoint server = SERVERS.get(kind);
        if (server == null) {
            server = find(kind);
            SERVERS.put(kind, server);
        }
        return server;
    }

    private static ServerEndpoint find(TestDatabase kind) {
        String prefix = "MIGRATE_TEST_" + (kind == TestDatabase.POSTGRES ? "POSTGRES" : "MARIADB");
        String url = System.getenv(prefix + "_URL");
        if (url != null && !url.isBlank()) {
            return ServerEndpoint.parse(url, System.getenv(prefix + "_USER"), System.getenv(prefix + "_PASSWORD"));
        }
        ServerEndpoint container = Containers.start(kind);
        if (container != null) {
            return container;
        }
        String message = kind + " is not reachable: set " + prefix + "_URL or make Docker available for Testcontainers";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (under CI=true a missing database is a failure)");
        }
        Assumptions.abort(message);
        return null;
    }
}
