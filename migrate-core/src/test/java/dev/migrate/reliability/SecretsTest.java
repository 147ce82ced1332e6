package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.UrlMasker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * A password never shows: not in the exception a failed connection gives, nor its causes, nor
 * anything logged at DEBUG, nor an offline script, whether it was given apart or inside the URL.
 */
class SecretsTest {

    static final String SENTINEL = "Sentinel-pw-4b7e1c";

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    /** A way of configuring a connection that cannot succeed. */
    record Connection(String name, String url, String user, String password) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Connection> failingConnections() {
        return List.of(
                new Connection("postgres, wrong port", "jdbc:postgresql://127.0.0.1:1/test", "postgres", SENTINEL),
                new Connection(
                        "postgres, no such database",
                        "jdbc:postgresql://127.0.0.1:5432/no_such_db_4b7e",
                        "postgres",
                        SENTINEL),
                new Connection(
                        "postgres, no such user", "jdbc:postgresql://127.0.0.1:5432/test", "nobody_4b7e", SENTINEL),
                new Connection(
                        "postgres, password in the URL",
                        "jdbc:postgresql://127.0.0.1:1/x?user=postgres&password=" + SENTINEL,
                        null,
                        null),
                new Connection(
                        "postgres, user:password@ in the URL",
                        "jdbc:postgresql://postgres:" + SENTINEL + "@127.0.0.1:1/x",
                        null,
                        null),
                new Connection("mariadb, wrong port", "jdbc:mariadb://127.0.0.1:1/test", "root", SENTINEL),
                new Connection("mariadb, wrong password", "jdbc:mariadb://127.0.0.1:3306/test", "root", SENTINEL),
                new Connection(
                        "mariadb, no such database", "jdbc:mariadb://127.0.0.1:3306/no_such_db_4b7e", "root", SENTINEL),
                new Connection(
                        "mariadb, password in the URL",
                        "jdbc:mariadb://127.0.0.1:1/x?user=root&password=" + SENTINEL,
                        null,
                        null),
                new Connection(
                        "mariadb, user:password@ in the URL",
                        "jdbc:mariadb://root:" + SENTINEL + "@127.0.0.1:1/x",
                        null,
                        null),
                new Connection(
                        "unknown driver, password in the URL",
                        "jdbc:nosuchdb://host/x?password=" + SENTINEL,
                        null,
                        null));
    }

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingConnections")
    void aFailedConnectionNeverShowsThePassword(Connection connection) {
        Migrate migrate = Migrate.configure()
                .url(connection.url(), connection.user(), connection.password())
                .locations("classpath:engine/linear")
                .load();

        for (Consumer<Migrate> command : List.<Consumer<Migrate>>of(
                m -> m.upgrade("heads"), Migrate::current, Migrate::appliedHistory, Migrate::databaseDialect)) {
            Throwable thrown = catchThrowable(() -> command.accept(migrate));

            assertThat(thrown).isInstanceOf(MigrateException.class);
            assertThat(thrown.getMessage())
                    .as("the message says the connection failed")
                    .isNotBlank();
            assertThat(everythingAbout(thrown)).doesNotContain(SENTINEL);
        }
        assertThat(migrate.dataSource().toString()).doesNotContain(SENTINEL);
        assertThat(logText()).doesNotContain(SENTINEL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingConnections")
    void offlineScriptsNeverContainThePassword(Connection connection) {
        StringBuilder sql = new StringBuilder();
        Migrate migrate = Migrate.configure()
                .url(connection.url(), connection.user(), connection.password())
                .locations("classpath:engine/linear")
                .load();
        migrate.upgradeSql("heads", "postgresql", sql);
        migrate.ensureVersionSql("mariadb", sql);
        migrate.downgradeSql("c3000000000c:base", "h2", sql);

        assertThat(sql).contains("CREATE TABLE account").doesNotContain(SENTINEL);
        assertThat(logText()).doesNotContain(SENTINEL);
    }

    @Test
    void urlsAreShownWithTheirPasswordsMasked() {
        assertThat(UrlMasker.mask("jdbc:postgresql://db/app?user=app&password=" + SENTINEL + "&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/app?user=app&password=***&ssl=true");
        assertThat(UrlMasker.mask("jdbc:mariadb://app:" + SENTINEL + "@db:3306/app"))
                .isEqualTo("jdbc:mariadb://app:***@db:3306/app");
        assertThat(UrlMasker.mask("jdbc:sqlserver://db;user=app;Password=" + SENTINEL + ";encrypt=true"))
                .isEqualTo("jdbc:sqlserver://db;user=app;Password=***;encrypt=true");
        assertThat(UrlMasker.mask("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1");
    }

    @Test
    void theCaptureSeesDebugLogging() {
        Migrate.configure().locations("classpath:engine/linear").load();
        assertThat(logText())
                .as("the loader logs at DEBUG, so the capture is live")
                .contains("Found 3 revisions");
    }

    /** Message, causes, suppressed exceptions and stack trace, as a log or a console would print them. */
    private static String everythingAbout(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text + " " + thrown;
    }

    private String logText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : logged.list) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
