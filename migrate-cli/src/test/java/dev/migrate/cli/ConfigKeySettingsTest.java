package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrateSettings;
import dev.migrate.testing.RecordSamples;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every setting of the core ({@link MigrateSettings}) has a {@code migrate.properties} key that
 * sets it, and the CLI's defaults are the core's. A setting added to the core alone fails here,
 * naming what to add to {@link ConfigKey} and {@code ConfigLoader}.
 */
class ConfigKeySettingsTest {

    @TempDir
    Path project;

    @Test
    void everySettingHasAKeyInMigratePropertiesThatSetsIt() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            ConfigKey key = ConfigKey.forSetting(setting.getName());
            softly.assertThat(key)
                    .as("MigrateSettings." + setting.getName() + " has no migrate.properties key: add one to"
                            + " ConfigKey naming the setting (e.g. " + RecordSamples.snakeCase(setting.getName())
                            + "(\""
                            + RecordSamples.snakeCase(setting.getName()) + "\", \"" + setting.getName()
                            + "\")), read it in"
                            + " ConfigLoader.settings and list it in README's table")
                    .isNotNull();
            if (key == null) {
                continue;
            }
            Object sample = RecordSamples.sample(MigrateSettings.defaults(), setting);
            Files.writeString(
                    project.resolve(ConfigLoader.DEFAULT_FILE), key.key() + " = " + RecordSamples.text(sample) + "\n");
            MigrateSettings read = load().settings();
            softly.assertThat(RecordSamples.differences(MigrateSettings.defaults(), read))
                    .as(key.key() + " = " + RecordSamples.text(sample) + " must set MigrateSettings."
                            + setting.getName() + " and nothing else: read it in ConfigLoader.settings")
                    .containsExactly(setting.getName());
            softly.assertThat(RecordSamples.valueOf(read, setting))
                    .as(key.key())
                    .isEqualTo(sample);
        }
        softly.assertAll();
    }

    @Test
    void withoutAFileEverySettingHasTheCoresDefault() {
        assertThat(RecordSamples.differences(MigrateSettings.defaults(), load().settings()))
                .as("settings whose CLI default differs from MigrateSettings.defaults()")
                .isEmpty();
    }

    private CliSettings load() {
        return new ConfigLoader(Map.of(), project, (url, password) -> {}).load(new GlobalOptions());
    }
}
