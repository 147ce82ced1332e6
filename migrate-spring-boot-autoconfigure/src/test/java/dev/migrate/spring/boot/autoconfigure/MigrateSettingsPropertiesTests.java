package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.MigrateSettings;
import dev.migrate.testing.RecordSamples;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every setting of the core ({@link MigrateSettings}) is a documented {@code migrate.*} property
 * that reaches the runner, with the core's default. A setting added to the core alone fails here,
 * naming what to add to {@link MigrateProperties}.
 */
class MigrateSettingsPropertiesTests {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    @Test
    void everySettingHasAPropertyWithADescriptionInTheConfigurationMetadata() throws IOException {
        List<Map<String, Object>> properties = metadataProperties();
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            String property = property(setting);
            List<Map<String, Object>> entries = properties.stream()
                    .filter(p -> property.equals(p.get("name")))
                    .toList();
            softly.assertThat(entries)
                    .as("MigrateSettings." + setting.getName() + " has no property " + property + " in "
                            + METADATA + ": add a field " + setting.getName()
                            + " with a one-sentence Javadoc to MigrateProperties"
                            + " and map it in MigrateProperties.toSettings()")
                    .isNotEmpty();
            for (Map<String, Object> entry : entries) {
                softly.assertThat((String) entry.get("description"))
                        .as(property + " has no description in " + METADATA + ": give the MigrateProperties field "
                                + setting.getName() + " a Javadoc sentence")
                        .isNotBlank();
            }
        }
        softly.assertAll();
    }

    @Test
    void everySettingsPropertyReachesTheSettingsOfTheRunner() {
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            Object sample = RecordSamples.sample(MigrateSettings.defaults(), setting);
            String property = property(setting);
            MigrateSettings bound = new Binder(
                            new MapConfigurationPropertySource(Map.of(property, RecordSamples.text(sample))))
                    .bindOrCreate("migrate", MigrateProperties.class)
                    .toSettings();
            softly.assertThat(RecordSamples.differences(MigrateSettings.defaults(), bound))
                    .as(property + "=" + RecordSamples.text(sample) + " must set MigrateSettings." + setting.getName()
                            + " and nothing else: map it in MigrateProperties.toSettings()")
                    .containsExactly(setting.getName());
            softly.assertThat(RecordSamples.valueOf(bound, setting))
                    .as(property)
                    .isEqualTo(sample);
        }
        softly.assertAll();
    }

    @Test
    void defaultValuesAreTheCoresDefaults() {
        MigrateProperties properties = new MigrateProperties();
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            Method getter = getter(setting);
            softly.assertThat(getter)
                    .as("MigrateProperties has no getter for MigrateSettings." + setting.getName())
                    .isNotNull();
            if (getter != null) {
                softly.assertThat(invoke(getter, properties))
                        .as("the default of " + property(setting) + " in MigrateProperties (and so in the metadata)"
                                + " must be MigrateSettings.defaults()." + setting.getName() + "()")
                        .isEqualTo(RecordSamples.valueOf(MigrateSettings.defaults(), setting));
            }
        }
        softly.assertAll();
        assertThat(properties.toSettings()).isEqualTo(MigrateSettings.defaults());
    }

    private static String property(RecordComponent setting) {
        return "migrate." + RecordSamples.kebabCase(setting.getName());
    }

    private static Method getter(RecordComponent setting) {
        String name = Character.toUpperCase(setting.getName().charAt(0))
                + setting.getName().substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return MigrateProperties.class.getMethod(prefix + name);
            } catch (NoSuchMethodException ex) {
                // try the next prefix
            }
        }
        return null;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    private static List<Map<String, Object>> metadataProperties() throws IOException {
        List<Map<String, Object>> properties = new ArrayList<>();
        for (URL url : Collections.list(MigrateProperties.class.getClassLoader().getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                List<Map<String, Object>> some = JsonPath.read(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "$.properties[?(@.name =~ /migrate\\..*/)]");
                properties.addAll(some);
            }
        }
        return properties;
    }
}
