package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

final class H2RowLock implements DatabaseLock {

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
    }
}
