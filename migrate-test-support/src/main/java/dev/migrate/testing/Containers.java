package dev.migrate.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers, used only when no database URL is given and a Docker engine answers. */
final class Containers {

    private Containers() {}

    static ServerEndpoint start(TestDatabase kind) {
        if (!dockerAvailable()) {
            return null;
        }
        JdbcDatabaseContainer<?> container = kind == TestDatabase.POSTGRES
                ? new PostgreSQLContainer("postgres:16-alpine")
                : new MariaDBContainer("mariadb:11");
        container.start();
        return ServerEndpoint.parse(
                container.getJdbcUrl(),
                kind == TestDatabase.MARIADB ? "root" : container.getUsername(),
                container.getPassword());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
