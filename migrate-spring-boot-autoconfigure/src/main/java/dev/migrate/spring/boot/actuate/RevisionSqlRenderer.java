package dev.migrate.spring.boot.actuate;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.schema.ColumnType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the SQL a revision's upgrade would run on a dialect, without running it: the
 * revision's operations are collected offline and handed to the dialect's renderer.
 */
public final class RevisionSqlRenderer {

    private final Dialect dialect;

    public RevisionSqlRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The upgrade's statements, each ended by the dialect's delimiter, one per line.
     * @param script the revision
     * @return the SQL
     * @throws MigrateException when the upgrade needs a live connection
     */
    public String renderUpgrade(RevisionScript script) {
        OfflineOperations operations = new OfflineOperations(script, this.dialect);
        script.migration().upgrade(operations);
        StringBuilder sql = new StringBuilder();
        for (Operation operation : operations.recorded) {
            for (String statement : this.dialect.render(operation)) {
                sql.append(statement).append(this.dialect.statementDelimiter()).append('\n');
            }
        }
        return sql.toString();
    }

    /** Collects what a revision asks for; a revision that must read data cannot be rendered. */
    private static final class OfflineOperations implements Operations {

        private final RevisionScript script;

        private final Dialect dialect;

        private final List<Operation> recorded = new ArrayList<>();

        OfflineOperations(RevisionScript script, Dialect dialect) {
            this.script = script;
            this.dialect = dialect;
        }

        @Override
        public void run(Operation operation) {
            this.recorded.add(operation);
        }

        @Override
        public String inlineLiteral(Object value, ColumnType type) {
            return this.dialect.literal(value, type);
        }

        @Override
        public Connection connection() {
            throw new MigrateException(
                    ErrorKind.OFFLINE_UNSUPPORTED,
                    "Revision " + this.script.id() + " (" + this.script.source()
                            + ") reads the database in its upgrade, so its SQL cannot be shown without running it.");
        }

        @Override
        public String dialectName() {
            return this.dialect.name();
        }
    }
}
