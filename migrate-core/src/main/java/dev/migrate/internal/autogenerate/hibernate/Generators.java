package dev.migrate.internal.autogenerate.hibernate;

import dev.migrate.schema.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.dialect.Dialect;
import org.hibernate.generator.Generator;
import org.hibernate.id.IdentityGenerator;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Selectable;

/**
 * The identifier generators of the mapping: which key columns are identity columns and which
 * sequences the generators use. Boot metadata knows them only as generator definitions, so
 * each root entity's generator is created (as the session factory would) and looked at; nothing
 * is registered in the metadata.
 */
final class Generators {

    private final Set<String> identityColumns;
    private final List<Sequence> sequences;

    private Generators(Set<String> identityColumns, List<Sequence> sequences) {
        this.identityColumns = identityColumns;
        this.sequences = sequences;
    }

    // KeyValue.createGenerator(Dialect, RootClass) is marked for removal, but it is the one call that builds a
    // generator from boot metadata alone; its replacement needs the session factory's GeneratorSettings.
    @SuppressWarnings("removal")
    static Generators of(Metadata metadata) {
        Dialect dialect = metadata.getDatabase().getDialect();
        Set<String> identity = new HashSet<>();
        List<Sequence> sequences = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (!(entity instanceof RootClass root)) {
                continue;
            }
            KeyValue id = root.getIdentifier();
            Generator generator;
            try {
                generator = id.createGenerator(dialect, root);
            } catch (RuntimeException e) {
                // an application generator that cannot be created outside the application: nothing to learn
                continue;
            }
            if (generator instanceof IdentityGenerator) {
                for (Selectable s : id.getSelectables()) {
                    identity.add(key(root.getTable().getName(), s.getText()));
                }
            } else if (generator instanceof SequenceStyleGenerator sequenceGenerator) {
                DatabaseStructure structure = sequenceGenerator.getDatabaseStructure();
                if (structure.isPhysicalSequence()) {
                    QualifiedName name = structure.getPhysicalName();
                    Sequence sequence = Sequence.sequence(name.getObjectName().getText())
                            .startWith(structure.getInitialValue())
                            .incrementBy(structure.getIncrementSize());
                    sequences.add(
                            name.getSchemaName() == null
                                    ? sequence
                                    : sequence.inSchema(name.getSchemaName().getText()));
                }
            }
        }
        return new Generators(identity, sequences);
    }

    boolean isIdentity(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
        return identityColumns.contains(key(table.getName(), column.getName()));
    }

    List<Sequence> sequences() {
        return sequences;
    }

    private static String key(String table, String column) {
        return table.toLowerCase(java.util.Locale.ROOT) + "." + column.toLowerCase(java.util.Locale.ROOT);
    }
}
