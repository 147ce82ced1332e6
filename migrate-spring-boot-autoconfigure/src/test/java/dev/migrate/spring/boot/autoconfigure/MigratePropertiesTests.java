package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tests for {@link MigrateProperties}.
 */
class MigratePropertiesTests {

    @Test
    void upgradesToEveryHeadByDefault() {
        MigrateProperties properties = new MigrateProperties();
        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.getTarget()).isEqualTo("heads");
        assertThat(properties.getUrl()).isNull();
        assertThat(properties.getUser()).isNull();
    }

    @Test
    void checksNothingAtStartupAndWritesRevisionsIntoTheMavenSourceFolderByDefault() {
        MigrateProperties properties = new MigrateProperties();
        assertThat(properties.getCheckOnStartup()).isEqualTo(MigrateProperties.CheckOnStartup.OFF);
        assertThat(properties.getSourceDirectory()).isEqualTo("src/main/java");
        assertThat(properties.getRevisionPackage()).isNull();
    }
}
