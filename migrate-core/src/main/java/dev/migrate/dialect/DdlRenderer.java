package dev.migrate.dialect;

import dev.migrate.ops.Execute;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationVisitor;

import java.util.List;

/** Turns operations into SQL for one dialect; subclasses override what their database spells differently. */
public class DdlRenderer implements OperationVisitor<List<String>> {

    protected final Dialect dialect;

    public DdlRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    public List<String> render(Operation operation) {
        return operation.accept(this);
    }

    @Override
    public List<String> visitExecute(Execute operation) {
        return List.of(operation.sql());
    }
}
