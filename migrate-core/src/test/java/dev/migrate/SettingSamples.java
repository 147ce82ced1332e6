package dev.migrate;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One non-default value for each {@link MigrateSettings} component, chosen from its type, with the
 * text a {@code migrate.*} property or a {@code migrate.properties} key would give for it. The
 * tests of every launcher set each setting to its sample and check it arrives, so a setting that
 * is added to {@link MigrateSettings} but not to a launcher fails there by name.
 */
public final class SettingSamples {

    private SettingSamples() {
    }

    /** The components of {@link MigrateSettings}: the one list of settings. */
    public static List<RecordComponent> settings() {
        return List.of(MigrateSettings.class.getRecordComponents());
    }

    /** The default of {@code setting}, as {@link MigrateSettings#defaults()} has it. */
    public static Object defaultOf(RecordComponent setting) {
        return valueOf(MigrateSettings.defaults(), setting);
    }

    public static Object valueOf(MigrateSettings settings, RecordComponent setting) {
        try {
            return setting.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A value of {@code setting} that differs from its default. */
    public static Object sample(RecordComponent setting) {
        Class<?> type = setting.getType();
        Object fallback = defaultOf(setting);
        String snake = snakeCase(setting.getName());
        if (type == String.class) {
            return "sample_" + snake;
        }
        if (type == boolean.class || type == Boolean.class) {
            return !Boolean.TRUE.equals(fallback);
        }
        if (type == int.class || type == Integer.class) {
            return fallback == null ? 7 : (Integer) fallback + 1;
        }
        if (type == long.class || type == Long.class) {
            return fallback == null ? 7L : (Long) fallback + 1;
        }
        if (type == Duration.class) {
            return fallback == null ? Duration.ofSeconds(90) : ((Duration) fallback).plusSeconds(30);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (!constant.equals(fallback)) {
                    return constant;
                }
            }
        }
        if (type == List.class && setting.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            return List.of("sample_" + snake + "_a", "sample_" + snake + "_b");
        }
        throw new AssertionError("SettingSamples has no sample value for MigrateSettings." + setting.getName() + " of type "
                + setting.getGenericType() + ": teach it one");
    }

    /** {@code value} as the text of a property or key: durations in seconds, lists comma-separated. */
    public static String text(Object value) {
        if (value instanceof Duration duration) {
            return duration.toSeconds() + "s";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(value);
    }

    /** {@code lockTimeout} → {@code lock_timeout}. */
    public static String snakeCase(String camelCase) {
        return separated(camelCase, '_');
    }

    /** {@code lockTimeout} → {@code lock-timeout}, as Spring Boot names a property. */
    public static String kebabCase(String camelCase) {
        return separated(camelCase, '-');
    }

    private static String separated(String camelCase, char separator) {
        StringBuilder out = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append(separator).append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The components whose value in {@code actual} differs from {@code expected}, by name. */
    public static List<String> differences(MigrateSettings expected, MigrateSettings actual) {
        List<String> names = new ArrayList<>();
        for (RecordComponent setting : settings()) {
            if (!java.util.Objects.equals(valueOf(expected, setting), valueOf(actual, setting))) {
                names.add(setting.getName());
            }
        }
        return names;
    }
}
