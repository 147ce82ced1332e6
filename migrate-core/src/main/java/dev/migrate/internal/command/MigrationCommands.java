package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code upgrade}, {@code downgrade}, {@code stamp} and {@code ensure_version}, online or, with
 * {@code --sql}, written to the console as SQL ({@code offlineDialect} names the database to write
 * for). The argument rules and messages are Alembic's.
 */
public final class MigrationCommands {

    private final Supplier<Migrate> migrate;
    private final Console console;

    /** @param migrate the engine, asked for only once the arguments are checked */
    public MigrationCommands(Supplier<Migrate> migrate, Console console) {
        this.migrate = migrate;
        this.console = console;
    }

    /** {@code upgrade TARGET}, or {@code upgrade --sql [START:]END} when {@code offlineDialect} is given. */
    public void upgrade(String target, String offlineDialect) {
        upgrade(target, null, offlineDialect);
    }

    /**
     * {@code upgrade [--tag TAG] TARGET}, or {@code upgrade --sql [START:]END} when {@code offlineDialect} is given.
     *
     * @param tag {@code --tag}, written into the history rows; {@code null} when not given
     */
    public void upgrade(String target, String tag, String offlineDialect) {
        if (offlineDialect != null) {
            migrate.get().upgradeSql(target, offlineDialect, tag, console.out());
            return;
        }
        refuseRange(target);
        migrate.get().upgrade(target, tag);
    }

    /** {@code downgrade TARGET}, or {@code downgrade --sql START:END} when {@code offlineDialect} is given. */
    public void downgrade(String target, String offlineDialect) {
        downgrade(target, null, offlineDialect);
    }

    /** {@code downgrade [--tag TAG] TARGET}; {@code tag} is written into the history rows, {@code null} when not given. */
    public void downgrade(String target, String tag, String offlineDialect) {
        if (offlineDialect != null) {
            if (!target.contains(":")) {
                throw new BadInputException(ErrorKind.BAD_USAGE, "downgrade with --sql requires <fromrev>:<torev>");
            }
            migrate.get().downgradeSql(target, offlineDialect, tag, console.out());
            return;
        }
        refuseRange(target);
        migrate.get().downgrade(target, tag);
    }

    /** {@code stamp [--purge] REV…}. */
    public void stamp(List<String> targets, boolean purge) {
        stamp(targets, purge, null);
    }

    /** {@code stamp [--purge] [--tag TAG] REV…}. */
    public void stamp(List<String> targets, boolean purge, String tag) {
        migrate.get().stamp(targets, purge, tag);
    }

    /** {@code stamp --sql}: the statements of the stamp, written for {@code offlineDialect}. */
    public void stampSql(List<String> targets, boolean purge, String tag, String offlineDialect) {
        migrate.get().stampSql(targets, purge, offlineDialect, tag, console.out());
    }

    /** {@code ensure_version}, or its SQL when {@code offlineDialect} is given. */
    public void ensureVersion(String offlineDialect) {
        if (offlineDialect != null) {
            migrate.get().ensureVersionSql(offlineDialect, console.out());
            return;
        }
        migrate.get().ensureVersion();
    }

    /**
     * The dialect offline mode writes for, from a JDBC URL's {@code jdbc:<name>:} prefix, as
     * Alembic takes it from the URL without connecting.
     */
    public static String dialectOf(String jdbcUrl) {
        String[] parts = jdbcUrl == null ? new String[0] : jdbcUrl.split(":", 3);
        if (parts.length < 3 || !parts[0].equals("jdbc")) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "--sql needs a JDBC URL (jdbc:postgresql:…, jdbc:mariadb:…, jdbc:h2:…, "
                            + "jdbc:sqlite:…) to know which database to write SQL for");
        }
        return parts[1];
    }

    private static void refuseRange(String target) {
        if (target.contains(":")) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "Range revision not allowed");
        }
    }
}
