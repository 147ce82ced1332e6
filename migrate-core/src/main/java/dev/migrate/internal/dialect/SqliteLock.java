package dev.migrate.internal.dialect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * SQLite has no advisory locks, and holding its own write lock ({@code BEGIN IMMEDIATE}) on a
 * second connection would block the migration's own connection too. So two runners are kept
 * apart by an operating-system lock on a file next to the database
 * ({@code app.db.migrate_version.lock}): the OS releases it when the process dies, so a killed
 * runner leaves no stale lock, though the (empty but for a process id) file stays. This only
 * keeps apart runners that can see the same file system with working file locks, which is
 * not true of every network file system. In-memory databases belong to one connection, so
 * there is nothing to lock. One instance holds the locks it took; release with the same one.
 */
final class SqliteLock implements DatabaseLock {

    private static final long POLL_MILLIS = 100;

    private final Map<String, FileLock> held = new HashMap<>();

    @Override
    public synchronized boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        Path file = lockFile(connection, name);
        if (file == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileLock lock = tryLock(file);
            if (lock != null) {
                held.put(file.toString(), lock);
                writeOwner(lock.channel());
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static FileLock tryLock(Path file) throws SQLException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            // Another runner in this same JVM holds it.
            closeQuietly(channel);
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new SQLException("could not lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeOwner(FileChannel channel) {
        try {
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // Only describeHolder reads this; the lock itself is held either way.
        }
    }

    @Override
    public synchronized void release(Connection connection, String name) throws SQLException {
        Path file = lockFile(connection, name);
        FileLock lock = file == null ? null : held.remove(file.toString());
        if (lock != null) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException e) {
                throw new SQLException("could not release the lock on " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String describe(String name) {
        return "SQLite lock file for '" + name + "'";
    }

    @Override
    public String describeHolder(Connection connection, String name) {
        try {
            Path file = lockFile(connection, name);
            return file == null || !Files.exists(file)
                    ? null
                    : Files.readString(file, StandardCharsets.UTF_8).trim() + " (lock file " + file + ")";
        } catch (IOException | SQLException e) {
            return null;
        }
    }

    /** The lock file for the connection's database, or {@code null} for an in-memory one. */
    static Path lockFile(Connection connection, String name) throws SQLException {
        String url = connection.getMetaData().getURL();
        String path = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.contains("mode=memory")) {
            return null;
        }
        return Path.of(path + "." + name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".lock");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing held through it.
            }
        }
    }
}
