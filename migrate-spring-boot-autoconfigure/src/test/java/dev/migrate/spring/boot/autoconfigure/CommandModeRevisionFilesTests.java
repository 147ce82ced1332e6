package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.BadInputException;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.command.RevisionFileSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link CommandModeRevisionFiles}: where command mode's {@code revision} writes.
 */
class CommandModeRevisionFilesTests {

    private final Path project = Path.of("/work/project");

    @Test
    void javaRevisionsGoToTheSourceFolderInThePackageOfTheFirstClasspathLocation() {
        MigrateProperties properties = new MigrateProperties();
        properties.setLocations(List.of("filesystem:/opt/sql", "classpath:/com/example/db/", "classpath:other"));
        RevisionFileSettings files = CommandModeRevisionFiles.of(properties, this.project);
        assertThat(files.format()).isEqualTo(RevisionFormat.JAVA);
        assertThat(files.javaPackage()).isEqualTo("com.example.db");
        assertThat(files.versionLocations()).containsExactly(Path.of("/work/project/src/main/java/com/example/db"));
    }

    @Test
    void theDefaultLocationGivesTheDefaultPackage() {
        RevisionFileSettings files = CommandModeRevisionFiles.of(new MigrateProperties(), this.project);
        assertThat(files.javaPackage()).isEqualTo(RevisionFileSettings.DEFAULT_JAVA_PACKAGE);
        assertThat(files.versionLocations()).containsExactly(Path.of("/work/project/src/main/java/db/migrations"));
    }

    @Test
    void propertiesNameTheFolderAndThePackage() {
        MigrateProperties properties = new MigrateProperties();
        properties.setSourceDirectory("app/src");
        properties.setRevisionPackage("org.acme.revisions");
        RevisionFileSettings files = CommandModeRevisionFiles.of(properties, this.project);
        assertThat(files.versionLocations()).containsExactly(Path.of("/work/project/app/src/org/acme/revisions"));
    }

    @Test
    void revisionIndentNamesTheIndentOfJavaRevisions() {
        MigrateProperties properties = new MigrateProperties();
        properties.setRevisionIndent("tab");
        assertThat(CommandModeRevisionFiles.of(properties, this.project)
                        .indent()
                        .unit())
                .isEqualTo("\t");
        properties.setRevisionIndent("wide");
        assertThatExceptionOfType(BadInputException.class)
                .isThrownBy(() -> CommandModeRevisionFiles.of(properties, this.project))
                .withMessageContaining("migrate.revision-indent = wide");
    }

    @Test
    void aLocationThatIsNoPackageAsksForTheProperty() {
        MigrateProperties properties = new MigrateProperties();
        properties.setLocations(List.of("classpath:db/schema-changes"));
        assertThatExceptionOfType(BadInputException.class)
                .isThrownBy(() -> CommandModeRevisionFiles.of(properties, this.project))
                .withMessageContaining("classpath:db/schema-changes")
                .withMessageContaining("set migrate.revision-package");
    }

    @Test
    void aRevisionPackageThatIsNoPackageIsRefusedNamingTheProperty() {
        MigrateProperties properties = new MigrateProperties();
        properties.setRevisionPackage("db.2024");
        assertThatExceptionOfType(BadInputException.class)
                .isThrownBy(() -> CommandModeRevisionFiles.of(properties, this.project))
                .withMessageContaining("migrate.revision-package 'db.2024'");
    }
}
