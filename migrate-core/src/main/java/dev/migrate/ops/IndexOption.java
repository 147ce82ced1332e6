package dev.migrate.ops;

import java.util.Arrays;
import java.util.List;

/**
 * Options of {@code createIndex} and {@code dropIndex}, each named for what it does where it is
 * accepted: {@code op.createIndex("users", index("ix_users_email", "email"), IndexOption.IF_NOT_EXISTS)},
 * {@code op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS)}.
 */
public enum IndexOption {
    /** {@code createIndex} only: {@code CREATE INDEX IF NOT EXISTS}, nothing happens when the index is there. */
    IF_NOT_EXISTS,
    /** {@code dropIndex} only: {@code DROP INDEX IF EXISTS}, nothing happens when the index is not there. */
    IF_EXISTS,
    /** PostgreSQL's {@code CONCURRENTLY}, on create and drop: runs outside a transaction; other databases ignore it. */
    CONCURRENTLY;

    /** The options of a create; {@link #IF_EXISTS} there is a mistake, said where it is made. */
    static List<IndexOption> forCreate(IndexOption... options) {
        return check(options, IF_EXISTS, "createIndex", IF_NOT_EXISTS);
    }

    /** The options of a drop; {@link #IF_NOT_EXISTS} there is a mistake, said where it is made. */
    static List<IndexOption> forDrop(IndexOption... options) {
        return check(options, IF_NOT_EXISTS, "dropIndex", IF_EXISTS);
    }

    private static List<IndexOption> check(IndexOption[] options, IndexOption wrong, String method, IndexOption right) {
        List<IndexOption> given = Arrays.asList(options);
        if (given.contains(wrong)) {
            throw new IllegalArgumentException(
                    method + " does not take IndexOption." + wrong + "; use IndexOption." + right);
        }
        return given;
    }
}
