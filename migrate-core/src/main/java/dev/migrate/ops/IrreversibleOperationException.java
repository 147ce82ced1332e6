package dev.migrate.ops;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;

/** An operation has no exact reverse, usually because the definition of what it removes was not given. */
public class IrreversibleOperationException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public IrreversibleOperationException(String message) {
        super(ErrorKind.IRREVERSIBLE, message);
    }
}
