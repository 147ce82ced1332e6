package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.dialect.ForwardingDataSource;
import dev.migrate.internal.runtime.UrlDataSource;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection a database command opens while it reads its revisions, on PostgreSQL: the
 * command gets the connection opened on the other thread, or the error opening it gave; a
 * connection no one took is closed, even one that arrives after the command ended.
 */
class EarlyConnectionTest {

    private ScratchDatabase database;
    private OpeningRecorder target;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create(TestDatabase.POSTGRES);
        target = new OpeningRecorder(new UrlDataSource(database.url(), database.user(), database.password()));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void theFirstConnectionIsTheOneOpenedOnTheOtherThreadAndLaterOnesAreNew() throws Exception {
        try (EarlyConnection early = EarlyConnection.open(target)) {
            try (Connection first = early.getConnection();
                    Connection second = early.getConnection()) {
                assertThat(answer(first)).isEqualTo(1);
                assertThat(answer(second)).isEqualTo(1);
                assertThat(target.threads)
                        .containsExactly(
                                "migrate-connect", Thread.currentThread().getName());
                assertThat(target.opened).containsExactly(first, second);
            }
        }
    }

    @Test
    void anErrorOpeningTheConnectionIsTheOneTheCommandGets() throws Exception {
        UrlDataSource wrongDatabase = new UrlDataSource(
                database.url().replaceFirst("/[^/?]+(\\?|$)", "/no_such_database_here$1"),
                database.user(),
                database.password());
        String direct = messageOf(wrongDatabase);

        try (EarlyConnection early = EarlyConnection.open(wrongDatabase)) {
            assertThatThrownBy(early::getConnection)
                    .isInstanceOf(SQLException.class)
                    .hasMessage(direct);
        }
    }

    @Test
    void aConnectionNoOneTookIsClosed() throws Exception {
        EarlyConnection early = EarlyConnection.open(target);
        waitUntil(() -> target.opened.size() == 1);

        early.close();

        assertThat(target.opened.get(0).isClosed()).isTrue();
    }

    @Test
    void aConnectionThatArrivesAfterTheCommandEndedIsClosed() throws Exception {
        target.hold = new CountDownLatch(1);
        EarlyConnection early = EarlyConnection.open(target);

        early.close();
        target.hold.countDown();

        waitUntil(() -> target.opened.size() == 1 && target.opened.get(0).isClosed());
        assertThat(target.opened.get(0).isClosed()).isTrue();
    }

    private static int answer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String messageOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            throw new AssertionError("connected to " + connection.getMetaData().getURL());
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private interface Condition {
        boolean holds() throws SQLException;
    }

    private static void waitUntil(Condition condition) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** The real data source, noting each connection it opens and on which thread; can be held back. */
    private static final class OpeningRecorder extends ForwardingDataSource {

        final List<Connection> opened = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile CountDownLatch hold;

        OpeningRecorder(DataSource real) {
            super(real);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (hold != null) {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException(e);
                }
            }
            Connection connection = target.getConnection();
            threads.add(Thread.currentThread().getName());
            opened.add(connection);
            return connection;
        }
    }
}
