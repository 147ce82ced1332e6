package dev.migrate.internal.autogenerate.render;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.Execute;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationVisitor;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.JavaSource;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one operation as the {@code op.…} call that does it, through the public
 * {@link dev.migrate.ops.Operations} API, with every {@code existing…} hint so that the
 * statement's reverse is exact. Statements end with {@code ;} and are not indented.
 */
final class JavaOperationWriter implements OperationVisitor<String> {

    private static final String CONTINUATION = "\n        ";

    String write(Operation operation) {
        return operation.accept(this);
    }

    @Override
    public String visitCreateTable(CreateTable operation) {
        return "op.createTable(" + table(operation.table()) + ");";
    }

    @Override
    public String visitDropTable(DropTable operation) {
        if (operation.existing() == null) {
            return "op.dropTable(" + JavaSource.string(operation.name()) + ");";
        }
        return "op.dropTable(" + table(operation.existing()) + ");";
    }

    /** {@code Table.of(...)} with one element a line; primary key columns inline where that says the same. */
    static String table(Table t) {
        List<String> elements = new ArrayList<>();
        PrimaryKey key = t.primaryKey();
        boolean inlineKey = key != null && key.name() == null && inOrder(t, key.columns());
        for (Column c : t.columns()) {
            if (inlineKey && key.columns().contains(c.name())) {
                elements.add(c + ".primaryKey()");
            } else {
                elements.add(c.toString());
            }
        }
        if (key != null && !inlineKey) {
            elements.add(key.toString());
        }
        t.uniqueConstraints().forEach(u -> elements.add(u.toString()));
        t.foreignKeys().forEach(f -> elements.add(f.toString()));
        t.checkConstraints().forEach(c -> elements.add(c.toString()));
        t.indexes().forEach(i -> elements.add(i.toString()));
        StringBuilder out = new StringBuilder("Table.of(").append(JavaSource.string(t.name()));
        for (String e : elements) {
            out.append(',').append(CONTINUATION).append(e);
        }
        out.append(')');
        if (t.comment() != null) {
            out.append(".comment(").append(JavaSource.string(t.comment())).append(')');
        }
        if (t.schema() != null) {
            out.append(".inSchema(").append(JavaSource.string(t.schema())).append(')');
        }
        return out.toString();
    }

    /** Whether the key's columns come in the table's column order, so inline markers say the same. */
    private static boolean inOrder(Table t, List<String> keyColumns) {
        List<String> inTable = t.columns().stream()
                .map(Column::name)
                .filter(keyColumns::contains)
                .toList();
        return inTable.equals(keyColumns);
    }

    @Override
    public String visitRenameTable(RenameTable operation) {
        return "op.renameTable(" + JavaSource.string(operation.name()) + ", " + JavaSource.string(operation.newName())
                + ");";
    }

    @Override
    public String visitSetTableComment(SetTableComment operation) {
        if (operation.comment() == null) {
            return "op.dropTableComment(" + JavaSource.string(operation.table()) + ", "
                    + JavaSource.string(operation.existingComment()) + ");";
        }
        return "op.setTableComment(" + JavaSource.string(operation.table()) + ", "
                + JavaSource.string(operation.comment()) + ", " + JavaSource.string(operation.existingComment()) + ");";
    }

    @Override
    public String visitAddColumn(AddColumn operation) {
        return "op.addColumn(" + JavaSource.string(operation.table()) + ", " + operation.column() + ");";
    }

    @Override
    public String visitDropColumn(DropColumn operation) {
        if (operation.existing() == null) {
            return "op.dropColumn(" + JavaSource.string(operation.table()) + ", " + JavaSource.string(operation.name())
                    + ");";
        }
        return "op.dropColumn(" + JavaSource.string(operation.table()) + ", " + operation.existing() + ");";
    }

    @Override
    public String visitAlterColumn(AlterColumn a) {
        List<String> calls = new ArrayList<>();
        if (a.newName() != null) {
            calls.add("rename(" + JavaSource.string(a.newName()) + ")");
        }
        if (a.type() != null) {
            calls.add("type(" + a.type() + ")");
        }
        if (a.using() != null) {
            calls.add("using(" + JavaSource.string(a.using()) + ")");
        }
        if (a.nullable() != null) {
            calls.add("nullable(" + a.nullable() + ")");
        }
        if (a.changesServerDefault()) {
            calls.add(
                    a.serverDefault() == null
                            ? "dropServerDefault()"
                            : "serverDefault(" + JavaSource.string(a.serverDefault()) + ")");
        }
        if (a.changesComment()) {
            calls.add(a.comment() == null ? "dropComment()" : "comment(" + JavaSource.string(a.comment()) + ")");
        }
        if (a.existingType() != null) {
            calls.add("existingType(" + a.existingType() + ")");
        }
        if (a.existingNullable() != null) {
            calls.add("existingNullable(" + a.existingNullable() + ")");
        }
        if (a.existingServerDefault() != null) {
            calls.add("existingServerDefault(" + JavaSource.string(a.existingServerDefault()) + ")");
        }
        if (a.existingComment() != null) {
            calls.add("existingComment(" + JavaSource.string(a.existingComment()) + ")");
        }
        if (a.existingIdentity()) {
            calls.add("existingIdentity(true)");
        }
        return "op.alterColumn(" + JavaSource.string(a.table()) + ", " + JavaSource.string(a.name())
                + ", alter -> alter" + CONTINUATION + "." + String.join(CONTINUATION + ".", calls) + ");";
    }

    @Override
    public String visitCreateIndex(CreateIndex operation) {
        return "op.createIndex(" + JavaSource.string(operation.table()) + ", " + operation.index()
                + (operation.ifNotExists() ? ", IndexOption.IF_NOT_EXISTS" : "")
                + concurrently(operation.concurrently()) + ");";
    }

    @Override
    public String visitDropIndex(DropIndex operation) {
        String what = operation.existing() == null
                ? JavaSource.string(operation.name())
                : operation.existing().toString();
        return "op.dropIndex(" + JavaSource.string(operation.table()) + ", " + what
                + (operation.ifExists() ? ", IndexOption.IF_EXISTS" : "") + concurrently(operation.concurrently())
                + ");";
    }

    private static String concurrently(boolean concurrently) {
        return concurrently ? ", IndexOption.CONCURRENTLY" : "";
    }

    @Override
    public String visitAddConstraint(AddConstraint operation) {
        return "op.addConstraint(" + JavaSource.string(operation.table()) + ", " + operation.constraint() + ");";
    }

    @Override
    public String visitDropConstraint(DropConstraint operation) {
        Constraint existing = operation.existing();
        if (existing == null) {
            return "op.dropConstraint(" + JavaSource.string(operation.table()) + ", "
                    + JavaSource.string(operation.name()) + ", ConstraintKind."
                    + operation.kind().name() + ");";
        }
        return "op.dropConstraint(" + JavaSource.string(operation.table()) + ", " + existing + ");";
    }

    @Override
    public String visitCreateSequence(CreateSequence operation) {
        return "op.createSequence(" + sequence(operation.sequence()) + ");";
    }

    @Override
    public String visitAlterSequence(AlterSequence operation) {
        if (operation.existing() == null || operation.restartWith() != null) {
            throw new IllegalArgumentException("alterSequence(\"" + operation.name()
                    + "\") needs its existing definition and no restart to be written as a revision");
        }
        return "op.alterSequence(" + sequence(operation.existing()) + "," + CONTINUATION
                + sequence(operation.applyTo(operation.existing())) + ");";
    }

    @Override
    public String visitDropSequence(DropSequence operation) {
        if (operation.existing() == null) {
            return "op.dropSequence(" + JavaSource.string(operation.name()) + ");";
        }
        return "op.dropSequence(" + sequence(operation.existing()) + ");";
    }

    static String sequence(Sequence s) {
        StringBuilder out = new StringBuilder("sequence(")
                .append(JavaSource.string(s.name()))
                .append(')');
        if (s.start() != null) {
            out.append(".startWith(").append(s.start()).append("L)");
        }
        if (s.increment() != null) {
            out.append(".incrementBy(").append(s.increment()).append("L)");
        }
        if (s.minValue() != null) {
            out.append(".minValue(").append(s.minValue()).append("L)");
        }
        if (s.maxValue() != null) {
            out.append(".maxValue(").append(s.maxValue()).append("L)");
        }
        if (s.cycles()) {
            out.append(".cycle()");
        }
        if (s.schema() != null) {
            out.append(".inSchema(").append(JavaSource.string(s.schema())).append(')');
        }
        return out.toString();
    }

    @Override
    public String visitExecute(Execute operation) {
        if (!operation.byDialect().isEmpty()) {
            throw new IllegalArgumentException("autogenerate does not write dialect-specific execute(...) calls");
        }
        return "op.execute(" + JavaSource.string(operation.sql()) + ");";
    }

    @Override
    public String visitBulkInsert(BulkInsert operation) {
        if (operation.schema() != null) {
            throw new IllegalArgumentException("bulkInsert(...) into another schema is not written as Java; use SQL");
        }
        StringBuilder out = new StringBuilder("op.bulkInsert(")
                .append(JavaSource.string(operation.table()))
                .append(", List.of(");
        out.append(String.join(
                        ", ",
                        operation.columns().stream()
                                .map(c -> "column(" + JavaSource.string(c.name()) + ", " + c.type() + ")")
                                .toList()))
                .append(')');
        for (List<Object> row : operation.rows()) {
            out.append(',')
                    .append(CONTINUATION)
                    .append("new Object[] {")
                    .append(String.join(
                            ", ", row.stream().map(JavaOperationWriter::value).toList()))
                    .append('}');
        }
        return out.append(");").toString();
    }

    /** A value as a Java expression of the type the database driver binds for it. */
    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Short s) {
            return "(short) " + s;
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return d + "d";
        }
        if (value instanceof Float f && !f.isNaN() && !f.isInfinite()) {
            return f + "f";
        }
        if (value instanceof java.math.BigDecimal d) {
            return "new java.math.BigDecimal(" + JavaSource.string(d.toPlainString()) + ")";
        }
        if (value instanceof java.math.BigInteger i) {
            return "new java.math.BigInteger(" + JavaSource.string(i.toString()) + ")";
        }
        if (value instanceof String text) {
            return JavaSource.string(text);
        }
        if (value instanceof java.util.UUID
                || value instanceof java.time.LocalDate
                || value instanceof java.time.LocalTime
                || value instanceof java.time.LocalDateTime
                || value instanceof java.time.OffsetDateTime) {
            String type = value.getClass().getName();
            return type + (value instanceof java.util.UUID ? ".fromString(" : ".parse(")
                    + JavaSource.string(value.toString()) + ")";
        }
        throw new IllegalArgumentException("a value of Java type "
                + value.getClass().getName() + " is not written in a Java revision; write the revision as SQL");
    }

    @Override
    public String visitBatchAlterTable(BatchAlterTable operation) {
        throw new IllegalArgumentException(
                "autogenerate does not write batchAlterTable(...); add it to the revision by hand");
    }
}
