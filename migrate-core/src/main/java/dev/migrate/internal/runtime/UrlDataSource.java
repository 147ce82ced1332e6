package dev.migrate.internal.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource for a JDBC URL, opening a new connection each time: what the CLI and the core
 * API use when they are given a URL instead of a pool. The password is kept out of
 * {@link #toString()} and out of the errors a failed connection gives.
 */
public final class UrlDataSource implements DataSource {

    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    private static final String PERMIT_MYSQL_SCHEME = "permitMysqlScheme";

    private final String url;
    private final String user;
    private final String password;

    public UrlDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(connectable(url), properties);
        } catch (SQLException e) {
            List<String> secrets = new ArrayList<>(UrlMasker.passwordsIn(url));
            secrets.add(password);
            throw ConnectionErrors.masked(e, secrets);
        }
    }

    /**
     * The URL as the drivers on the class path take it. MariaDB Connector/J (the CLI's driver for
     * MariaDB and MySQL) serves {@code jdbc:mysql:} URLs only when they say {@code permitMysqlScheme};
     * so when no driver takes such a URL as it is (MySQL Connector/J would), that option is added.
     */
    static String connectable(String url) {
        if (url == null || !url.startsWith(MYSQL_SCHEME) || url.contains(PERMIT_MYSQL_SCHEME) || hasDriverFor(url)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + PERMIT_MYSQL_SCHEME;
    }

    private static boolean hasDriverFor(String url) {
        try {
            return DriverManager.getDriver(url) != null;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return new UrlDataSource(url, username, password).getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + UrlMasker.mask(url) + "]";
    }
}
