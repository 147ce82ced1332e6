package dev.migrate.cli;

import dev.migrate.BadInputException;

/** Options and commands that exist for Alembic users but whose engine part is not built yet (exit 2). */
final class NotYetSupported {

    private NotYetSupported() {
    }

    static BadInputException option(String option) {
        return new BadInputException(option + " is not yet supported by this version of migrate");
    }
}
