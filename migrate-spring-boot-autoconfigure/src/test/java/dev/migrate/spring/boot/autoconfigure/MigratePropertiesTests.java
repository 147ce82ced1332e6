package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.MigrateSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateProperties}.
 */
class MigratePropertiesTests {

    @Test
    void defaultValuesAreTheCoresDefaults() {
        MigrateProperties properties = new MigrateProperties();
        MigrateSettings core = MigrateSettings.defaults();
        assertThat(properties.getLocations()).isEqualTo(core.locations());
        assertThat(properties.getVersionTable()).isEqualTo(core.versionTable());
        assertThat(properties.getHistoryTable()).isEqualTo(core.historyTable());
        assertThat(properties.getSchema()).isEqualTo(core.schema());
        assertThat(properties.isTransactionPerMigration()).isEqualTo(core.transactionPerMigration());
        assertThat(properties.getLockTimeout()).isEqualTo(core.lockTimeout());
        assertThat(properties.isValidateChecksums()).isEqualTo(core.validateChecksums());
        assertThat(properties.getExcludeTables()).isEqualTo(core.excludeTables());
    }

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
