package dev.migrate.bench;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.schema.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The database of benchmark 3: a scratch schema brought to the model of N compiled entities by
 * migrate itself (autogenerate into an empty schema, upgrade), then given one column the model
 * does not have, so {@code check} has exactly one difference to find while Hibernate's validation,
 * which ignores extra columns, still accepts the schema.
 *
 * @param target    the scratch schema; dropped on close
 * @param entities  the compiled entity classes
 * @param loaded    those classes, loaded
 * @param model     the target model read from their mapping with Spring Boot's naming
 * @param revisions the folder holding the one revision that created the tables
 */
record CheckFixture(Target target, EntityClasses entities, List<Class<?>> loaded, SchemaModel model, Path revisions)
        implements AutoCloseable {

    static final String EXTRA_COLUMN = "legacy_note";

    static CheckFixture create(BenchDatabase database, Path work, int size) {
        EntityClasses entities = EntityClasses.compile(work, size);
        List<Class<?>> loaded = entities.load();
        SchemaModel model = HibernateModel.fromEntities(loaded, database.label());
        Target target = database.fresh();
        try {
            Path revisions = Files.createDirectories(work.resolve("check-" + target.name()));
            Progress.say("autogenerate: creating " + size + " tables in " + target.name());
            Autogenerate.writeRevision(
                    migrate(target, revisions),
                    model,
                    CompareOptions.defaults(),
                    new RevisionInfo(
                            "c0000000001",
                            List.of(),
                            "create " + size + " tables",
                            "",
                            "R_c0000000001",
                            LocalDateTime.of(2026, 1, 1, 0, 0)),
                    RevisionFormat.SQL,
                    revisions);
            migrate(target, revisions).upgrade("heads");
            try (Connection connection = target.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + EntityClasses.table(size / 2) + " ADD COLUMN " + EXTRA_COLUMN
                        + " VARCHAR(50)");
            }
            return new CheckFixture(target, entities, loaded, model, revisions);
        } catch (IOException e) {
            target.close();
            throw new UncheckedIOException("Could not write the revision of benchmark 3: " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            target.close();
            throw new IllegalStateException("Could not create the schema of benchmark 3: " + e.getMessage(), e);
        }
    }

    /** A migrate instance on the schema, with the one revision applied: nothing pending, so check may run. */
    static Migrate migrate(Target target, Path revisions) {
        return Migrate.configure()
                .dataSource(target.dataSource())
                .locations("filesystem:" + revisions)
                .load();
    }

    Migrate migrate() {
        return migrate(target, revisions);
    }

    @Override
    public void close() {
        target.close();
    }
}
