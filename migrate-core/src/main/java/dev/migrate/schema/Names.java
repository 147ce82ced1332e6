package dev.migrate.schema;

import java.util.List;

/** Checks on names given to the model, so a mistake fails where it is made. */
final class Names {

    private Names() {}

    static void require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs a name");
        }
    }

    static List<String> requireColumns(List<String> columns, String what) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " needs at least one column");
        }
        for (String c : columns) {
            require(c, "column of a " + what);
        }
        return List.copyOf(columns);
    }
}
