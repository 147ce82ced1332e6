package dev.migrate.cli;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.primaryKey;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.command.FileNameTemplate;
import dev.migrate.internal.command.RevisionFileSettings;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MigrateCli#execute}: the entry Spring Boot's command mode calls with the application's own engine. */
class EmbeddedExecuteTest {

    @TempDir
    Path folder;

    @Test
    void runsCommandsOnTheEngineItIsGivenWithTheProgramsOutput() throws IOException {
        Files.writeString(folder.resolve("aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
        String url = "jdbc:h2:mem:embedded_execute;DB_CLOSE_DELAY=-1";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        int upgrade = MigrateCli.execute(
                listener -> Migrate.configure()
                        .url(url, "sa", "")
                        .locations("filesystem:" + folder)
                        .listener(listener)
                        .load(),
                List.of("upgrade", "heads"),
                outStream,
                errStream);
        assertThat(upgrade).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("INFO  [migrate.runtime] Running upgrade  -> aaaa00000001, create account");

        int current = MigrateCli.execute(
                listener -> Migrate.configure()
                        .url(url, "sa", "")
                        .locations("filesystem:" + folder)
                        .listener(listener)
                        .load(),
                List.of("current"),
                outStream,
                errStream);
        assertThat(current).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("aaaa00000001 (head)\n");

        int bad = MigrateCli.execute(
                listener -> Migrate.configure()
                        .url(url, "sa", "")
                        .locations("filesystem:" + folder)
                        .load(),
                List.of("upgrade", "nowhere"),
                outStream,
                errStream);
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .endsWith("FAILED: Can't locate revision identified by 'nowhere'\n");
    }

    @Test
    void anEmbeddingApplicationGivesAutogenerateItsOwnTargetModel() {
        String url = "jdbc:h2:mem:embedded_target;DB_CLOSE_DELAY=-1";
        List<String> asked = new ArrayList<>();
        TargetModelSource application = (packages, dialect) -> {
            asked.add(dialect + " " + packages);
            return new SchemaModel(
                    List.of(Table.of("widget", column("id", integer()).notNull(), primaryKey(null, "id"))), List.of());
        };
        Function<MigrationListener, Migrate> engine = listener -> Migrate.configure()
                .url(url, "sa", "")
                .locations("filesystem:" + folder)
                .listener(listener)
                .load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int check = MigrateCli.execute(
                engine,
                application,
                null,
                List.of("check"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(check).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("New upgrade operations detected:")
                .contains("widget");
        assertThat(asked).containsExactly("h2 []");

        out.reset();
        int dryRun = MigrateCli.execute(
                engine,
                application,
                null,
                List.of("revision", "--autogenerate", "--sql", "--entities", "not.used"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(dryRun).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("CREATE TABLE widget (");
        assertThat(asked).as("--entities reaches the source").containsExactly("h2 []", "h2 [not.used]");
    }

    @Test
    void checkAndAutogenerateCompareWithTheGivenModelAndWriteWhereTheEmbedderSays() throws IOException {
        Files.writeString(folder.resolve("aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT NOT NULL PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
        String url = "jdbc:h2:mem:embedded_revision_files;DB_CLOSE_DELAY=-1";
        Function<MigrationListener, Migrate> engine = listener -> Migrate.configure()
                .url(url, "sa", "")
                .locations("filesystem:" + folder)
                .listener(listener)
                .load();
        SchemaModel entities = new SchemaModel(
                List.of(Table.of(
                        "account", column("id", integer()).notNull().primaryKey(), column("email", varchar(100)))),
                List.of());
        Path sources = folder.resolve("src/main/java/com/example/revisions");
        RevisionFileSettings files = new RevisionFileSettings(
                null, List.of(sources), RevisionFormat.JAVA, "com.example.revisions", FileNameTemplate.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(MigrateCli.execute(
                        engine,
                        (packages, dialect) -> entities,
                        files,
                        List.of("upgrade", "head"),
                        outStream,
                        errStream))
                .isZero();

        assertThat(MigrateCli.execute(
                        engine, (packages, dialect) -> entities, files, List.of("check"), outStream, errStream))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("New upgrade operations detected:\n  " + "table 'account': column 'email'");

        int revision = MigrateCli.execute(
                engine,
                (packages, dialect) -> entities,
                files,
                List.of("revision", "--autogenerate", "-m", "add email", "--rev-id", "bbbb00000002"),
                outStream,
                errStream);
        assertThat(revision).isZero();
        try (var written = Files.list(sources)) {
            assertThat(written.toList()).singleElement().satisfies(file -> assertThat(Files.readString(file))
                    .contains("package com.example.revisions;")
                    .contains("@Revision(id = \"bbbb00000002\", down = \"aaaa00000001\", message = \"add email\")")
                    .contains("op.addColumn(\"account\""));
        }
    }
}
