package dev.migrate.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A database server reached by a JDBC URL, with the credentials taken out of the URL. */
record ServerEndpoint(String baseUrl, String user, String password) {

    /**
     * Reads {@code jdbc:postgresql://host:port/db?user=x&password=y}; {@code user} and
     * {@code password} may also come from the given fallbacks.
     */
    static ServerEndpoint parse(String jdbcUrl, String fallbackUser, String fallbackPassword) {
        String user = fallbackUser;
        String password = fallbackPassword;
        String base = jdbcUrl;
        int query = jdbcUrl.indexOf('?');
        StringBuilder rest = new StringBuilder();
        if (query >= 0) {
            base = jdbcUrl.substring(0, query);
            for (String pair : jdbcUrl.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    password = value;
                } else if (!pair.isEmpty()) {
                    rest.append(rest.length() == 0 ? "?" : "&").append(pair);
                }
            }
        }
        return new ServerEndpoint(base + rest, user, password == null ? "" : password);
    }

    /** The server's host, port and database, as the databases' own command-line clients take them. */
    URI address() {
        String withoutQuery = baseUrl.contains("?") ? baseUrl.substring(0, baseUrl.indexOf('?')) : baseUrl;
        return URI.create(withoutQuery.substring("jdbc:".length()));
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(baseUrl, properties);
    }

    String urlWithParameter(String key, String value) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + key + "=" + value;
    }

    String urlWithDatabase(String database) {
        String withoutQuery = baseUrl;
        String query = "";
        int q = baseUrl.indexOf('?');
        if (q >= 0) {
            withoutQuery = baseUrl.substring(0, q);
            query = baseUrl.substring(q);
        }
        URI uri = URI.create(withoutQuery.substring("jdbc:".length()));
        String authority = uri.getScheme() + "://" + uri.getRawAuthority();
        return "jdbc:" + authority + "/" + database + query;
    }
}
