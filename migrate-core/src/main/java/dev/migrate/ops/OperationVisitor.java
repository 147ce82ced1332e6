package dev.migrate.ops;

/** One method per operation; implementing it is how a consumer proves it handles them all. */
public interface OperationVisitor<R> {

    R visitExecute(Execute operation);
}
