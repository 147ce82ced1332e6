package dev.migrate.cli;

import java.sql.Driver;
import java.sql.DriverManager;
import java.text.NumberFormat;
import java.util.GregorianCalendar;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Readies the program's JDBC drivers on a thread of its own from the program's first moment, for a
 * command line that names a command which connects. In a cold JVM a first connection spends about
 * half its time before it reaches the network: initialising every driver in the jar, and the JDK's
 * locale data for number formats and calendars that a driver builds (pgJDBC's server version and
 * timestamp helpers). None of that needs the URL, which the command knows only once its options are
 * parsed and its settings read; {@link EarlyConnection} opens the connection itself then, and finds
 * this part done or under way.
 *
 * <p>The drivers are initialised through the program's own class loader, not through {@link
 * DriverManager}: its one scan for drivers must still happen on the connecting thread, whose context
 * class loader also sees the {@code classpath} setting's jars (a driver the program does not carry).
 */
final class DriverWarmUp {

    // The commands that always connect; one that connects only with some options (history -v) is not
    // worth a guess, and a wrong guess (upgrade --sql) costs only this thread's work on another core.
    private static final Set<String> CONNECTING =
            Set.of("current", "upgrade", "downgrade", "stamp", "check", "ensure_version");

    private DriverWarmUp() {}

    /** Starts the warm-up when {@code args} name a command that connects. */
    static void startFor(String[] args) {
        for (String arg : args) {
            if (CONNECTING.contains(arg)) {
                // a class, not a lambda: the first lambda a JVM links costs the main thread milliseconds
                Thread warmUp = new Thread("migrate-driver-warm-up") {
                    @Override
                    public void run() {
                        warmUp();
                    }
                };
                // the command never waits for it: a connection that needs its work waits inside the JDK
                warmUp.setDaemon(true);
                warmUp.start();
                return;
            }
        }
    }

    private static void warmUp() {
        try {
            for (Driver ignored : ServiceLoader.load(Driver.class, DriverWarmUp.class.getClassLoader())) {
                // made, so initialised: the connection's own scan finds the classes ready
            }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError broken) {
            // the connection meets the same problem and reports it; a warm-up has nothing to say
        }
        NumberFormat.getIntegerInstance();
        new GregorianCalendar();
    }
}
