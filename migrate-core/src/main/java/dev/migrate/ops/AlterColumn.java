package dev.migrate.ops;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import org.jspecify.annotations.Nullable;

/**
 * Changes one column: its type, nullability, server default, comment or name. A {@code null}
 * (or, for default and comment, an unset {@code changes…} flag) leaves that part alone.
 *
 * <p>The {@code existing…} hints say what the column is now. They make the reverse exact, and
 * MariaDB needs them because {@code MODIFY COLUMN} restates the whole column: what the hints
 * do not say is lost there (a missing existing default means "no default").
 *
 * @param using                 how to convert values to the new type ({@code USING} on PostgreSQL; the
 *                              copy expression in SQLite batch mode); {@code null} for the database's cast
 * @param changesServerDefault  whether {@code serverDefault} is to be set ({@code null} drops it)
 * @param changesComment        whether {@code comment} is to be set ({@code null} drops it)
 * @param newName               the column's new name, or {@code null} to keep it
 */
public record AlterColumn(
        @Nullable String schema,
        String table,
        String name,
        @Nullable ColumnType type,
        @Nullable String using,
        @Nullable Boolean nullable,
        boolean changesServerDefault,
        @Nullable String serverDefault,
        boolean changesComment,
        @Nullable String comment,
        @Nullable String newName,
        @Nullable ColumnType existingType,
        @Nullable Boolean existingNullable,
        @Nullable String existingServerDefault,
        @Nullable String existingComment,
        boolean existingIdentity)
        implements Operation {

    public AlterColumn {
        Require.name(table, "alterColumn", "table");
        Require.name(name, "alterColumn", "column");
        if (newName != null && newName.isEmpty()) {
            throw new IllegalArgumentException(
                    "alterColumn(\"" + table + "\", \"" + name + "\"): the new name is empty");
        }
    }

    /** Starts an alteration of {@code table.name} that changes nothing yet. */
    public static Builder of(String schema, String table, String name) {
        return new Builder(schema, table, name);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }

    /** The column's name once this has run. */
    public String finalName() {
        return newName == null ? name : newName;
    }

    /** Whether the type or the nullability change. */
    public boolean changesTypeOrNullability() {
        return type != null || nullable != null;
    }

    /** The column as it will be, where it can be told from the change and the hints. */
    public Column applyTo(Column column) {
        Column result = column.withName(finalName());
        if (type != null) {
            result = result.withType(type);
        }
        if (nullable != null) {
            result = result.nullable(nullable);
        }
        if (changesServerDefault) {
            result = result.serverDefault(serverDefault);
        }
        if (changesComment) {
            result = result.comment(comment);
        }
        return result;
    }

    @Override
    public Operation reverse() {
        String where = "alterColumn(\"" + table + "\", \"" + name + "\")";
        if (type != null && existingType == null) {
            throw new IrreversibleOperationException(
                    where + " changes the type but cannot be reversed: add existingType(...)");
        }
        if (nullable != null && existingNullable == null) {
            throw new IrreversibleOperationException(
                    where + " changes nullability but cannot be reversed: add existingNullable(...)");
        }
        return new AlterColumn(
                schema,
                table,
                finalName(),
                type == null ? null : existingType,
                null,
                nullable == null ? null : existingNullable,
                changesServerDefault,
                changesServerDefault ? existingServerDefault : null,
                changesComment,
                changesComment ? existingComment : null,
                newName == null ? null : name,
                type == null ? existingType : type,
                nullable == null ? existingNullable : nullable,
                changesServerDefault ? serverDefault : existingServerDefault,
                changesComment ? comment : existingComment,
                existingIdentity);
    }

    /** Builds an {@link AlterColumn}: {@code alter -> alter.type(text()).existingType(varchar(255))}. */
    public static final class Builder {

        private final String schema;
        private final String table;
        private final String name;
        private ColumnType type;
        private String using;
        private Boolean nullable;
        private boolean changesServerDefault;
        private String serverDefault;
        private boolean changesComment;
        private String comment;
        private String newName;
        private ColumnType existingType;
        private Boolean existingNullable;
        private String existingServerDefault;
        private String existingComment;
        private boolean existingIdentity;

        private Builder(String schema, String table, String name) {
            this.schema = schema;
            this.table = table;
            this.name = name;
        }

        /** Changes the type. */
        public Builder type(ColumnType value) {
            this.type = value;
            return this;
        }

        /** The SQL expression that converts the old values ({@code USING} on PostgreSQL). */
        public Builder using(String expression) {
            this.using = expression;
            return this;
        }

        public Builder nullable(boolean value) {
            this.nullable = value;
            return this;
        }

        /** Sets the server default to a SQL expression ({@code "'draft'"}, {@code "0"}). */
        public Builder serverDefault(String expression) {
            this.changesServerDefault = true;
            this.serverDefault = expression;
            return this;
        }

        public Builder dropServerDefault() {
            return serverDefault(null);
        }

        public Builder comment(String text) {
            this.changesComment = true;
            this.comment = text;
            return this;
        }

        public Builder dropComment() {
            return comment(null);
        }

        public Builder rename(String value) {
            this.newName = value;
            return this;
        }

        public Builder existingType(ColumnType value) {
            this.existingType = value;
            return this;
        }

        public Builder existingNullable(boolean value) {
            this.existingNullable = value;
            return this;
        }

        public Builder existingServerDefault(String expression) {
            this.existingServerDefault = expression;
            return this;
        }

        public Builder existingComment(String text) {
            this.existingComment = text;
            return this;
        }

        /** The column is an identity (auto-increment) column, which MariaDB's restatement must keep. */
        public Builder existingIdentity(boolean value) {
            this.existingIdentity = value;
            return this;
        }

        /** Takes every {@code existing…} hint from the column's current definition. */
        public Builder existing(Column column) {
            this.existingType = column.type();
            this.existingNullable = column.nullable();
            this.existingServerDefault = column.serverDefault();
            this.existingComment = column.comment();
            this.existingIdentity = column.isIdentity();
            return this;
        }

        public AlterColumn build() {
            return new AlterColumn(
                    schema,
                    table,
                    name,
                    type,
                    using,
                    nullable,
                    changesServerDefault,
                    serverDefault,
                    changesComment,
                    comment,
                    newName,
                    existingType,
                    existingNullable,
                    existingServerDefault,
                    existingComment,
                    existingIdentity);
        }
    }
}
