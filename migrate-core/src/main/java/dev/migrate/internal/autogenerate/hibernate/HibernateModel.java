package dev.migrate.internal.autogenerate.hibernate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Selectable;

/**
 * Reads the target schema from Hibernate's boot {@link Metadata}: physical names after the
 * naming strategies, the dialect's SQL types, nullability, defaults, comments, checks, keys,
 * indexes and sequences, for every table the mapping produces (entities, joined and single
 * table inheritance, join tables, element collections).
 */
public final class HibernateModel {

    private static final Pattern NOT_NULL = Pattern.compile("(?is)(.*?)\\s+not\\s+null\\s*");
    private static final Pattern DEFAULT = Pattern.compile("(?is)(.*?)\\s+default\\s+(.+)");

    private HibernateModel() {}

    /**
     * Builds the mapping of {@code entities} for a database, with Spring Boot's default naming and
     * no other settings, without connecting to anything, and reads it.
     *
     * @param dialect {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}
     * @see TargetModelBuilder#build(List, String, JpaSettings) for an application's own settings
     */
    public static SchemaModel fromEntities(List<Class<?>> entities, String dialect) {
        return TargetModelBuilder.build(entities, dialect, JpaSettings.defaults());
    }

    static String hibernateDialect(String name) {
        return Dialect.byName(name)
                .map(Dialect::hibernateDialect)
                .orElseThrow(() -> new BadInputException(
                        ErrorKind.UNSUPPORTED_DATABASE,
                        "Autogenerate from entities does not support the dialect '" + name
                                + "': use one of postgresql, mariadb, mysql, h2."));
    }

    /** The schema the metadata describes. */
    public static SchemaModel read(Metadata metadata) {
        Generators generators = Generators.of(metadata);
        List<Table> tables = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (org.hibernate.mapping.Table table : metadata.collectTableMappings()) {
            if (!table.isPhysicalTable() || table.isAbstractUnionTable() || table.isView()) {
                continue;
            }
            if (seen.add(table.getName().toLowerCase(Locale.ROOT))) {
                tables.add(table(table, metadata, generators));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        Set<String> sequenceNames = new HashSet<>();
        for (Sequence s : generators.sequences()) {
            if (sequenceNames.add(s.name().toLowerCase(Locale.ROOT))) {
                sequences.add(s);
            }
        }
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.boot.model.relational.Sequence s : namespace.getSequences()) {
                String name = s.getName().getSequenceName().getText();
                if (sequenceNames.add(name.toLowerCase(Locale.ROOT))) {
                    Sequence sequence = Sequence.sequence(name)
                            .startWith(s.getInitialValue())
                            .incrementBy(s.getIncrementSize());
                    String schema = s.getName().getSchemaName() == null
                            ? null
                            : s.getName().getSchemaName().getText();
                    sequences.add(schema == null ? sequence : sequence.inSchema(schema));
                }
            }
        }
        return new SchemaModel(tables, sequences);
    }

    private static Table table(org.hibernate.mapping.Table table, Metadata metadata, Generators generators) {
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            columns.add(column(c, metadata, generators.isIdentity(table, c)));
            for (org.hibernate.mapping.CheckConstraint check : c.getCheckConstraints()) {
                checks.add(new CheckConstraint(check.isNamed() ? check.getName() : null, check.getConstraint()));
            }
        }
        PrimaryKey primaryKey = null;
        Set<String> keyColumns = new HashSet<>();
        if (table.getPrimaryKey() != null && !table.getPrimaryKey().getColumns().isEmpty()) {
            List<String> names = names(table.getPrimaryKey().getColumns());
            keyColumns.addAll(names);
            primaryKey = new PrimaryKey(null, names);
            columns.replaceAll(c -> keyColumns.contains(c.name()) ? c.notNull() : c);
        }
        Set<String> uniqueSets = new HashSet<>();
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            List<String> names = names(key.getColumns());
            if (names.isEmpty() || names.equals(primaryKey == null ? null : primaryKey.columns())) {
                continue;
            }
            if (uniqueSets.add(String.join(",", names))) {
                uniques.add(new UniqueConstraint(key.getName(), names));
            }
        }
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            if (c.isUnique() && !keyColumns.contains(c.getName()) && uniqueSets.add(c.getName())) {
                uniques.add(new UniqueConstraint(table.getName() + "_" + c.getName() + "_key", List.of(c.getName())));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(new CheckConstraint(check.isNamed() ? check.getName() : null, check.getConstraint()));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint() || fk.getReferencedTable() == null) {
                continue;
            }
            List<org.hibernate.mapping.Column> referred = fk.isReferenceToPrimaryKey()
                    ? fk.getReferencedTable().getPrimaryKey().getColumns()
                    : fk.getReferencedColumns();
            String referredSchema = fk.getReferencedTable().getSchema();
            foreignKeys.add(new ForeignKey(
                    fk.getName(),
                    names(fk.getColumns()),
                    referredSchema,
                    fk.getReferencedTable().getName(),
                    names(referred),
                    action(fk.getOnDeleteAction()),
                    null,
                    null));
        }
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<IndexPart> parts = new ArrayList<>();
            for (Selectable s : index.getSelectables()) {
                parts.add(
                        s instanceof org.hibernate.mapping.Column column
                                ? IndexPart.column(column.getName())
                                : IndexPart.expression(s.getText()));
            }
            if (!parts.isEmpty()) {
                indexes.add(new Index(index.getName(), parts, index.isUnique(), null));
            }
        }
        return new Table(
                table.getSchema(),
                table.getName(),
                columns,
                primaryKey,
                uniques,
                foreignKeys,
                checks,
                indexes,
                blankToNull(table.getComment()));
    }

    private static Column column(org.hibernate.mapping.Column c, Metadata metadata, boolean isIdentity) {
        String sqlType = c.getSqlType(metadata);
        String serverDefault = blankToNull(c.getDefaultValue());
        boolean nullable = c.isNullable();
        // a columnDefinition may carry the default and NOT NULL after the type
        Matcher notNull = NOT_NULL.matcher(sqlType);
        if (notNull.matches()) {
            sqlType = notNull.group(1);
            nullable = false;
        }
        Matcher withDefault = DEFAULT.matcher(sqlType);
        if (withDefault.matches()) {
            sqlType = withDefault.group(1);
            serverDefault = withDefault.group(2).trim();
        }
        ColumnType type = HibernateTypes.parse(sqlType);
        boolean identity = (isIdentity || c.isIdentity()) && type.isInteger();
        return new Column(
                c.getName(), type, !identity && nullable, serverDefault, blankToNull(c.getComment()), identity);
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static List<String> names(List<org.hibernate.mapping.Column> columns) {
        List<String> names = new ArrayList<>();
        for (org.hibernate.mapping.Column c : columns) {
            names.add(c.getName());
        }
        return names;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
