package dev.migrate.internal.lint;

import dev.migrate.schema.Column;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;

/**
 * The schema the release still serving during a rolling deploy maps (its JPA entities, built as
 * autogenerate builds its target). It turns the compatibility rules from "may break" into a
 * verdict: a table or column it maps breaks that release when dropped or renamed; one it no longer
 * maps was given up in an earlier release and is safe to remove. Names are compared
 * case-insensitively, since the recogniser folds unquoted names to lower case.
 */
public final class PreviousModel {

    private final SchemaModel model;

    private PreviousModel(SchemaModel model) {
        this.model = model;
    }

    public static PreviousModel of(SchemaModel model) {
        return new PreviousModel(model);
    }

    /** Whether the previous release maps the table, or with a {@code column}, that column of it. */
    boolean maps(String table, String column) {
        for (Table mapped : model.tables()) {
            if (mapped.name().equalsIgnoreCase(table)) {
                return column == null
                        || mapped.columns().stream().map(Column::name).anyMatch(column::equalsIgnoreCase);
            }
        }
        return false;
    }
}
