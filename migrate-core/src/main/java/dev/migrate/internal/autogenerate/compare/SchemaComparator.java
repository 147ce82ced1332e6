package dev.migrate.internal.autogenerate.compare;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the database's schema with the model's and lists the operations that turn the one
 * into the other, in an order that runs: new sequences, foreign keys and constraints that go
 * away, new tables (those referred to first), columns, new constraints and foreign keys, then
 * what is dropped, in reverse. Foreign keys that close a cycle among new tables are added after
 * all of them. Every operation carries what it replaces, so its reverse is exact.
 */
public final class SchemaComparator {

    private final Dialect dialect;
    private final CompareOptions options;
    private final TypeEquivalence types;

    public SchemaComparator(Dialect dialect, CompareOptions options) {
        this.dialect = dialect;
        this.options = options;
        this.types = new TypeEquivalence(dialect);
    }

    /** The differences between {@code database} (as reflected) and {@code model} (the target). */
    public Diff compare(SchemaModel database, SchemaModel model) {
        Plan plan = new Plan();
        compareSequences(database, model, plan);
        Map<String, Table> databaseTables = byName(filteredTables(database, true));
        Map<String, Table> modelTables = byName(filteredTables(model, false));
        List<Table> added = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        for (Map.Entry<String, Table> entry : modelTables.entrySet()) {
            Table existing = databaseTables.get(entry.getKey());
            if (existing == null) {
                added.add(entry.getValue());
            } else {
                compareTable(existing, entry.getValue(), plan);
            }
        }
        for (Map.Entry<String, Table> entry : databaseTables.entrySet()) {
            if (!modelTables.containsKey(entry.getKey())) {
                dropped.add(entry.getValue());
            }
        }
        if (options.detectRenames()) {
            RenameDetector.renameTables(added, dropped, types, plan);
        }
        new TableOrder(added, dropped).plan(plan, types);
        return plan.toDiff();
    }

    private List<Table> filteredTables(SchemaModel schema, boolean reflected) {
        List<Table> result = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (options.filter().include(new SchemaObject(SchemaObject.Type.TABLE, t.name(), t.name(), reflected))) {
                result.add(filterParts(t, reflected));
            }
        }
        return result;
    }

    /** The table without the columns, indexes and constraints the filter leaves out. */
    private Table filterParts(Table t, boolean reflected) {
        List<Column> columns = t.columns().stream()
                .filter(c -> include(SchemaObject.Type.COLUMN, t, c.name(), reflected))
                .toList();
        if (columns.isEmpty()) {
            columns = t.columns();
        }
        return t.withColumns(columns)
                .withIndexes(t.indexes().stream()
                        .filter(i -> include(SchemaObject.Type.INDEX, t, i.name(), reflected))
                        .toList())
                .withUniqueConstraints(t.uniqueConstraints().stream()
                        .filter(u -> include(SchemaObject.Type.UNIQUE_CONSTRAINT, t, u.name(), reflected))
                        .toList())
                .withForeignKeys(t.foreignKeys().stream()
                        .filter(f -> include(SchemaObject.Type.FOREIGN_KEY, t, f.name(), reflected))
                        .toList())
                .withCheckConstraints(t.checkConstraints().stream()
                        .filter(c -> include(SchemaObject.Type.CHECK_CONSTRAINT, t, c.name(), reflected))
                        .toList());
    }

    private boolean include(SchemaObject.Type type, Table table, String name, boolean reflected) {
        return options.filter().include(new SchemaObject(type, table.name(), name, reflected));
    }

    // ---- sequences

    private void compareSequences(SchemaModel database, SchemaModel model, Plan plan) {
        Map<String, Sequence> existing = new LinkedHashMap<>();
        for (Sequence s : database.sequences()) {
            if (options.filter().include(new SchemaObject(SchemaObject.Type.SEQUENCE, null, s.name(), true))) {
                existing.put(key(s.name()), s);
            }
        }
        Set<String> wanted = new HashSet<>();
        for (Sequence s : model.sequences()) {
            if (!options.filter().include(new SchemaObject(SchemaObject.Type.SEQUENCE, null, s.name(), false))) {
                continue;
            }
            wanted.add(key(s.name()));
            Sequence now = existing.get(key(s.name()));
            if (now == null) {
                plan.createSequences.add(new CreateSequence(s, false));
                plan.say("sequence '" + s.name() + "' missing in database");
            } else {
                Long increment = differs(now.increment(), s.increment(), 1L);
                Long min = differs(now.minValue(), s.minValue(), null);
                Long max = differs(now.maxValue(), s.maxValue(), null);
                Boolean cycles = now.cycles() == s.cycles() ? null : s.cycles();
                if (increment != null || min != null || max != null || cycles != null) {
                    plan.createSequences.add(new AlterSequence(
                            now.schema(), now.name(), increment, min, max, null, cycles, withKnownIncrement(now)));
                    plan.say("sequence '" + s.name() + "': settings differ (increment " + now.increment() + " -> "
                            + s.increment() + ")");
                }
            }
        }
        for (Map.Entry<String, Sequence> e : existing.entrySet()) {
            if (!wanted.contains(e.getKey())) {
                Sequence s = e.getValue();
                plan.dropSequences.add(0, new DropSequence(s.schema(), s.name(), false, s));
                plan.say("sequence '" + s.name() + "' in database but not in the model");
            }
        }
    }

    private static Sequence withKnownIncrement(Sequence s) {
        return s.increment() == null ? s.incrementBy(1) : s;
    }

    /** The model's setting when it states one that differs from the database's; {@code null} otherwise. */
    private static Long differs(Long database, Long model, Long databaseDefault) {
        if (model == null) {
            return null;
        }
        Long actual = database == null ? databaseDefault : database;
        return model.equals(actual) ? null : model;
    }

    // ---- tables

    private void compareTable(Table db, Table model, Plan plan) {
        String table = model.name();
        String where = "table '" + table + "': ";
        Map<String, Column> dbColumns = new LinkedHashMap<>();
        for (Column c : db.columns()) {
            dbColumns.put(key(c.name()), c);
        }
        Set<String> modelColumns = new HashSet<>();
        List<Column> addedColumns = new ArrayList<>();
        List<Column> droppedColumns = new ArrayList<>();
        for (Column c : model.columns()) {
            modelColumns.add(key(c.name()));
            Column existing = dbColumns.get(key(c.name()));
            if (existing == null) {
                addedColumns.add(c);
            } else {
                compareColumn(db, existing, c, plan);
            }
        }
        for (Column c : db.columns()) {
            if (!modelColumns.contains(key(c.name()))) {
                droppedColumns.add(c);
            }
        }
        if (options.detectRenames()) {
            RenameDetector.renameColumns(db, addedColumns, droppedColumns, types, plan);
        }
        for (Column c : addedColumns) {
            plan.addColumns.add(new AddColumn(db.schema(), db.name(), c));
            plan.say(where + "column '" + c.name() + "' (" + types.display(c.type()) + ") missing in database");
        }
        for (Column c : droppedColumns) {
            plan.dropColumns.add(new DropColumn(db.schema(), db.name(), c.name(), c));
            plan.say(where + "column '" + c.name() + "' (" + types.display(c.type())
                    + ") in database but not in the model");
        }
        comparePrimaryKey(db, model, plan);
        compareUniques(db, model, plan);
        compareIndexes(db, model, plan);
        compareForeignKeys(db, model, plan);
        compareChecks(db, model, plan);
        if (dialect.supportsComments() && !Objects.equals(blankToNull(db.comment()), blankToNull(model.comment()))) {
            plan.comments.add(new SetTableComment(
                    db.schema(), db.name(), blankToNull(model.comment()), blankToNull(db.comment())));
            plan.say(
                    where + "comment differs: database " + quoted(db.comment()) + ", model " + quoted(model.comment()));
        }
    }

    private void compareColumn(Table table, Column db, Column model, Plan plan) {
        String where = "table '" + table.name() + "': column '" + model.name() + "' ";
        AlterColumn.Builder alter =
                AlterColumn.of(table.schema(), table.name(), db.name()).existing(db);
        boolean changed = false;
        if (options.compareTypes() && !types.same(db.type(), model.type())) {
            alter.type(model.type());
            changed = true;
            plan.say(where + "type differs: database " + types.display(db.type()) + ", model "
                    + types.display(model.type()));
        }
        if (db.nullable() != model.nullable()) {
            alter.nullable(model.nullable());
            changed = true;
            plan.say(where + "nullability differs: database " + (db.nullable() ? "NULL" : "NOT NULL") + ", model "
                    + (model.nullable() ? "NULL" : "NOT NULL"));
        }
        if (options.compareServerDefaults() && !sameDefault(db, model)) {
            alter.serverDefault(model.serverDefault());
            changed = true;
            plan.say(where + "server default differs: database " + quoted(db.serverDefault()) + ", model "
                    + quoted(model.serverDefault()));
        }
        if (dialect.supportsComments() && !Objects.equals(blankToNull(db.comment()), blankToNull(model.comment()))) {
            alter.comment(blankToNull(model.comment()));
            changed = true;
            plan.say(
                    where + "comment differs: database " + quoted(db.comment()) + ", model " + quoted(model.comment()));
        }
        if (changed) {
            plan.alterColumns.add(alter.build());
        }
    }

    private static boolean sameDefault(Column db, Column model) {
        // a serial column's nextval(...) default is how the database spells "identity"
        if (model.isIdentity() || db.isIdentity()) {
            String other = model.isIdentity() ? db.serverDefault() : model.serverDefault();
            return other == null || DefaultNormalizer.isSequenceDefault(other);
        }
        return DefaultNormalizer.same(db.serverDefault(), model.serverDefault());
    }

    private void comparePrimaryKey(Table db, Table model, Plan plan) {
        List<String> before =
                db.primaryKey() == null ? List.of() : keys(db.primaryKey().columns());
        List<String> after =
                model.primaryKey() == null ? List.of() : keys(model.primaryKey().columns());
        if (before.equals(after)) {
            return;
        }
        String where = "table '" + model.name() + "': ";
        if (db.primaryKey() != null) {
            // reflection leaves out a default key name; PostgreSQL still needs it to drop the key
            String generatedName = dialect.generatedPrimaryKeyName(db.name());
            PrimaryKey existing = db.primaryKey().name() == null && generatedName != null
                    ? new PrimaryKey(generatedName, db.primaryKey().columns())
                    : db.primaryKey();
            plan.dropConstraints.add(new DropConstraint(
                    db.schema(), db.name(), existing.name(), dev.migrate.schema.ConstraintKind.PRIMARY_KEY, existing));
        }
        if (model.primaryKey() != null) {
            // the reverse drops the key by name, so it needs one: the old key's, or PostgreSQL's default
            String name = model.primaryKey().name() != null
                    ? model.primaryKey().name()
                    : db.primaryKey() != null && db.primaryKey().name() != null
                            ? db.primaryKey().name()
                            : db.name() + "_pkey";
            PrimaryKey key = new PrimaryKey(name, model.primaryKey().columns());
            plan.addConstraints.add(new AddConstraint(db.schema(), db.name(), key));
        }
        plan.say(where + "primary key differs: database (" + String.join(", ", before) + "), model ("
                + String.join(", ", after) + ")");
    }

    private void compareUniques(Table db, Table model, Plan plan) {
        String where = "table '" + model.name() + "': ";
        List<UniqueConstraint> existing = new ArrayList<>(db.uniqueConstraints());
        List<Index> uniqueIndexes =
                new ArrayList<>(db.indexes().stream().filter(Index::isUnique).toList());
        for (UniqueConstraint u : model.uniqueConstraints()) {
            Optional<UniqueConstraint> match = existing.stream()
                    .filter(e -> keys(e.columns()).equals(keys(u.columns())))
                    .findFirst();
            if (match.isPresent()) {
                existing.remove(match.get());
                continue;
            }
            // MariaDB and H2 may report a unique constraint as a unique index
            Optional<Index> asIndex = uniqueIndexes.stream()
                    .filter(i -> !i.hasExpressions() && keys(i.columnNames()).equals(keys(u.columns())))
                    .findFirst();
            if (asIndex.isPresent()) {
                uniqueIndexes.remove(asIndex.get());
                continue;
            }
            plan.addConstraints.add(new AddConstraint(db.schema(), db.name(), named(u, model)));
            plan.say(where + "unique constraint " + label(u.name()) + "(" + String.join(", ", u.columns())
                    + ") missing in database");
        }
        for (UniqueConstraint u : existing) {
            boolean isModelIndex = model.indexes().stream()
                    .anyMatch(i -> i.isUnique()
                            && !i.hasExpressions()
                            && keys(i.columnNames()).equals(keys(u.columns())));
            if (u.name() == null || isModelIndex) {
                continue;
            }
            plan.dropConstraints.add(
                    new DropConstraint(db.schema(), db.name(), u.name(), dev.migrate.schema.ConstraintKind.UNIQUE, u));
            plan.say(where + "unique constraint " + label(u.name()) + "(" + String.join(", ", u.columns())
                    + ") in database but not in the model");
        }
    }

    /** A unique constraint needs a name so that its reverse can drop it. */
    private static UniqueConstraint named(UniqueConstraint u, Table table) {
        if (u.name() != null) {
            return u;
        }
        return new UniqueConstraint(table.name() + "_" + String.join("_", u.columns()) + "_key", u.columns());
    }

    private void compareIndexes(Table db, Table model, Plan plan) {
        String where = "table '" + model.name() + "': ";
        Set<String> uniqueColumnSets = new HashSet<>();
        for (UniqueConstraint u : model.uniqueConstraints()) {
            uniqueColumnSets.add(String.join(",", keys(u.columns())));
        }
        Set<String> foreignKeyNames = new HashSet<>();
        for (ForeignKey f : db.foreignKeys()) {
            if (f.name() != null) {
                foreignKeyNames.add(key(f.name()));
            }
        }
        Map<String, Index> existing = new LinkedHashMap<>();
        for (Index i : db.indexes()) {
            existing.put(key(i.name()), i);
        }
        Set<String> wanted = new HashSet<>();
        for (Index i : model.indexes()) {
            wanted.add(key(i.name()));
            Index now = existing.get(key(i.name()));
            if (now == null) {
                // MariaDB reports a unique index as a unique constraint
                if (i.isUnique()
                        && !i.hasExpressions()
                        && i.where() == null
                        && db.uniqueConstraints().stream()
                                .anyMatch(u -> keys(u.columns()).equals(keys(i.columnNames())))) {
                    continue;
                }
                Optional<Index> sameColumns = db.indexes().stream()
                        .filter(e -> sameIndex(e, i) && !wanted.contains(key(e.name())))
                        .findFirst();
                if (sameColumns.isPresent()) {
                    wanted.add(key(sameColumns.get().name()));
                    continue;
                }
                plan.createIndexes.add(new CreateIndex(db.schema(), db.name(), i, false, false));
                plan.say(where + (i.isUnique() ? "unique index " : "index ") + i.name() + "("
                        + String.join(", ", i.columnNames()) + ") missing in database");
            } else if (!sameIndex(now, i)) {
                plan.dropIndexes.add(new DropIndex(db.schema(), db.name(), now.name(), false, false, now));
                plan.createIndexes.add(new CreateIndex(db.schema(), db.name(), i, false, false));
                plan.say(where + "index " + i.name() + " differs: database (" + String.join(", ", now.columnNames())
                        + (now.isUnique() ? ", unique" : "") + "), model (" + String.join(", ", i.columnNames())
                        + (i.isUnique() ? ", unique" : "") + ")");
            }
        }
        for (Index i : db.indexes()) {
            if (wanted.contains(key(i.name()))) {
                continue;
            }
            boolean backsUnique = i.isUnique() && uniqueColumnSets.contains(String.join(",", keys(i.columnNames())));
            boolean backsForeignKey = foreignKeyNames.contains(key(i.name())) || backsForeignKey(i, db, model);
            if (backsUnique || backsForeignKey) {
                continue;
            }
            plan.dropIndexes.add(new DropIndex(db.schema(), db.name(), i.name(), false, false, i));
            plan.say(where + "index " + i.name() + "(" + String.join(", ", i.columnNames())
                    + ") in database but not in the model");
        }
    }

    /** Where the database makes an index for each foreign key that has none, it is the database's, not the model's. */
    private boolean backsForeignKey(Index index, Table db, Table model) {
        if (!dialect.indexesForeignKeys() || index.isUnique()) {
            return false;
        }
        List<String> columns = keys(index.columnNames());
        for (ForeignKey f : model.foreignKeys()) {
            if (keys(f.columns()).equals(columns)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIndex(Index a, Index b) {
        return a.isUnique() == b.isUnique()
                && keys(a.columnNames()).equals(keys(b.columnNames()))
                && a.hasExpressions() == b.hasExpressions();
    }

    private void compareForeignKeys(Table db, Table model, Plan plan) {
        String where = "table '" + model.name() + "': ";
        List<ForeignKey> existing = new ArrayList<>(db.foreignKeys());
        for (ForeignKey f : model.foreignKeys()) {
            Optional<ForeignKey> match =
                    existing.stream().filter(e -> sameForeignKey(e, f)).findFirst();
            if (match.isPresent()) {
                existing.remove(match.get());
                continue;
            }
            plan.addForeignKeys.add(new AddConstraint(db.schema(), db.name(), namedForeignKey(f, model)));
            plan.say(where + "foreign key " + describe(f) + " missing in database");
        }
        for (ForeignKey f : existing) {
            plan.dropForeignKeys.add(new DropConstraint(
                    db.schema(), db.name(), f.name(), dev.migrate.schema.ConstraintKind.FOREIGN_KEY, f));
            plan.say(where + "foreign key " + describe(f) + " in database but not in the model");
        }
    }

    static ForeignKey namedForeignKey(ForeignKey f, Table table) {
        if (f.name() != null) {
            return f;
        }
        return new ForeignKey(
                "fk_" + table.name() + "_" + String.join("_", f.columns()),
                f.columns(),
                f.referredSchema(),
                f.referredTable(),
                f.referredColumns(),
                f.onDelete(),
                f.onUpdate(),
                f.deferrable());
    }

    private static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return keys(a.columns()).equals(keys(b.columns()))
                && key(a.referredTable()).equals(key(b.referredTable()))
                && keys(a.referredColumns()).equals(keys(b.referredColumns()))
                && action(a.onDelete()) == action(b.onDelete())
                && action(a.onUpdate()) == action(b.onUpdate());
    }

    /** RESTRICT and NO ACTION differ only in when they are checked; most databases report one for the other. */
    private static ReferentialAction action(ReferentialAction value) {
        return value == null || value == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : value;
    }

    static String describe(ForeignKey f) {
        return (f.name() == null ? "" : f.name() + " ") + "(" + String.join(", ", f.columns()) + ") -> "
                + f.referredTable() + "(" + String.join(", ", f.referredColumns()) + ")";
    }

    private void compareChecks(Table db, Table model, Plan plan) {
        // conditions are compared by name only: every database rewrites a condition's text
        String where = "table '" + model.name() + "': ";
        Set<String> existing = new HashSet<>();
        for (CheckConstraint c : db.checkConstraints()) {
            if (c.name() != null) {
                existing.add(key(c.name()));
            }
        }
        Set<String> wanted = new HashSet<>();
        for (CheckConstraint c : model.checkConstraints()) {
            if (c.name() == null) {
                continue;
            }
            wanted.add(key(c.name()));
            if (!existing.contains(key(c.name()))) {
                plan.addConstraints.add(new AddConstraint(db.schema(), db.name(), c));
                plan.say(where + "check constraint " + c.name() + " (" + c.condition() + ") missing in database");
            }
        }
        for (CheckConstraint c : db.checkConstraints()) {
            if (c.name() != null
                    && !wanted.contains(key(c.name()))
                    && model.checkConstraints().stream().allMatch(m -> m.name() != null)) {
                plan.dropConstraints.add(new DropConstraint(
                        db.schema(), db.name(), c.name(), dev.migrate.schema.ConstraintKind.CHECK, c));
                plan.say(where + "check constraint " + c.name() + " in database but not in the model");
            }
        }
    }

    // ---- helpers

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    static List<String> keys(List<String> names) {
        return names.stream().map(SchemaComparator::key).toList();
    }

    private static Map<String, Table> byName(List<Table> tables) {
        Map<String, Table> result = new LinkedHashMap<>();
        for (Table t : tables) {
            result.put(key(t.name()), t);
        }
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + text + "'";
    }

    private static String label(String name) {
        return name == null ? "" : name + " ";
    }

    /** The operations found so far, by the phase in which they run. */
    static final class Plan {
        final List<Operation> createSequences = new ArrayList<>();
        final List<Operation> dropForeignKeys = new ArrayList<>();
        final List<Operation> dropIndexes = new ArrayList<>();
        final List<Operation> dropConstraints = new ArrayList<>();
        final List<Operation> renames = new ArrayList<>();
        final List<Operation> createTables = new ArrayList<>();
        final List<Operation> addColumns = new ArrayList<>();
        final List<Operation> alterColumns = new ArrayList<>();
        final List<Operation> comments = new ArrayList<>();
        final List<Operation> addConstraints = new ArrayList<>();
        final List<Operation> createIndexes = new ArrayList<>();
        final List<Operation> addForeignKeys = new ArrayList<>();
        final List<Operation> dropColumns = new ArrayList<>();
        final List<Operation> dropTables = new ArrayList<>();
        final List<Operation> dropSequences = new ArrayList<>();
        final List<String> differences = new ArrayList<>();
        final Set<Operation> forReview = new HashSet<>();

        void say(String difference) {
            differences.add(difference);
        }

        Diff toDiff() {
            List<Operation> all = new ArrayList<>();
            all.addAll(createSequences);
            all.addAll(dropForeignKeys);
            all.addAll(dropIndexes);
            all.addAll(dropConstraints);
            all.addAll(renames);
            all.addAll(createTables);
            all.addAll(addColumns);
            all.addAll(alterColumns);
            all.addAll(comments);
            all.addAll(addConstraints);
            all.addAll(createIndexes);
            all.addAll(addForeignKeys);
            all.addAll(dropColumns);
            all.addAll(dropTables);
            all.addAll(dropSequences);
            return new Diff(all, differences, forReview);
        }
    }

    static RenameTable renameTable(Table from, Table to) {
        return new RenameTable(from.schema(), from.name(), to.name());
    }
}
