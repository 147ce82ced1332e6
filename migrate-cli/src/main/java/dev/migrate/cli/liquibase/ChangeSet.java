package dev.migrate.cli.liquibase;

import java.util.List;

/**
 * One Liquibase changeset as the import reads it: its key as {@code DATABASECHANGELOG} records it
 * (id, author, file), its SQL, and its rollback.
 *
 * @param id        the changeset's id
 * @param author    its author
 * @param file      the changelog's path as Liquibase records it (relative to the search path)
 * @param comment   its comment, or {@code null}
 * @param upgrade   the SQL that the changeset runs
 * @param rollback  the rollback SQL; blank when the changeset has none
 * @param notes     what the user must know about it (contexts, preconditions, an unknown change type)
 * @param unknown   the change types in it that have no translation
 */
record ChangeSet(
        String id,
        String author,
        String file,
        String comment,
        String upgrade,
        String rollback,
        List<String> notes,
        List<String> unknown) {

    /** The same changeset with its SQL, rollback and comment passed through {@code replace}. */
    ChangeSet map(java.util.function.UnaryOperator<String> replace) {
        return new ChangeSet(
                id,
                author,
                file,
                comment == null ? null : replace.apply(comment),
                replace.apply(upgrade),
                replace.apply(rollback),
                notes,
                unknown);
    }
}
