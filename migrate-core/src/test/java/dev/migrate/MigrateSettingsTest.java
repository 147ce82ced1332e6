package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.RecordSamples;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * {@link MigrateSettings} is the one list of settings: every component has a wither that changes
 * only it and a {@link Migrate.Builder} method that sets it on the builder's settings.
 */
class MigrateSettingsTest {

    @Test
    void everySettingHasAWitherThatChangesOnlyIt() {
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            String wither = "with" + Character.toUpperCase(setting.getName().charAt(0))
                    + setting.getName().substring(1);
            Optional<Method> method = method(MigrateSettings.class, wither, setting.getType());
            softly.assertThat(method)
                    .as("MigrateSettings." + setting.getName() + " has no wither " + wither + "("
                            + setting.getType().getSimpleName() + "): add one")
                    .isPresent();
            if (method.isPresent()) {
                Object sample = RecordSamples.sample(MigrateSettings.defaults(), setting);
                MigrateSettings changed = (MigrateSettings) invoke(method.get(), MigrateSettings.defaults(), sample);
                softly.assertThat(RecordSamples.differences(MigrateSettings.defaults(), changed))
                        .as(wither + " changes exactly " + setting.getName())
                        .containsExactly(setting.getName());
                softly.assertThat(RecordSamples.valueOf(changed, setting))
                        .as(wither + " sets the value given")
                        .isEqualTo(sample);
            }
        }
        softly.assertAll();
    }

    @Test
    void everySettingHasABuilderMethodThatSetsIt() {
        SoftAssertions softly = new SoftAssertions();
        for (RecordComponent setting : RecordSamples.components(MigrateSettings.class)) {
            Optional<Method> method = method(Migrate.Builder.class, setting.getName(), setting.getType());
            softly.assertThat(method)
                    .as("Migrate.Builder has no method " + setting.getName() + "("
                            + setting.getType().getSimpleName() + ") for MigrateSettings." + setting.getName()
                            + ": add one that"
                            + " calls its wither")
                    .isPresent();
            if (method.isPresent()) {
                Object sample = RecordSamples.sample(MigrateSettings.defaults(), setting);
                Migrate.Builder builder = Migrate.configure();
                invoke(method.get(), builder, sample);
                softly.assertThat(RecordSamples.differences(MigrateSettings.defaults(), builder.settings()))
                        .as("Migrate.Builder." + setting.getName() + " sets exactly that setting")
                        .containsExactly(setting.getName());
            }
        }
        softly.assertAll();
    }

    @Test
    void aBuilderStartsFromTheDefaultsAndTakesWholeSettings() {
        assertThat(Migrate.configure().settings()).isEqualTo(MigrateSettings.defaults());
        MigrateSettings given = MigrateSettings.defaults().withVersionTable("v").withSchema("admin");
        assertThat(Migrate.configure().settings(given).settings()).isSameAs(given);
        assertThat(Migrate.configure().settings(given).historyTable("h").settings())
                .isEqualTo(given.withHistoryTable("h"));
    }

    private static Optional<Method> method(Class<?> type, String name, Class<?> parameter) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name)
                        && List.of(m.getParameterTypes()).equals(List.of(parameter)))
                .findFirst();
    }

    private static Object invoke(Method method, Object target, Object argument) {
        try {
            return method.invoke(target, argument);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(method + " failed", e);
        }
    }
}
