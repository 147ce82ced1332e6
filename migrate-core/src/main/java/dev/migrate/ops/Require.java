package dev.migrate.ops;

/** Argument checks whose messages name the operation, so a revision author sees the mistake at once. */
final class Require {

    private Require() {}

    static void name(String value, String operation, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(operation + " needs a " + what + " name");
        }
    }
}
