package dev.migrate.testing;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One non-default value for each component of a settings record (MigrateSettings), chosen from its
 * type, with the text a {@code migrate.*} property or a {@code migrate.properties} key would give
 * for it. The tests of every launcher set each setting to its sample and check it arrives, so a
 * setting that is added to the record but not to a launcher fails there by name. It knows records
 * only, not the core's types, because the core's own tests depend on this module.
 */
public final class RecordSamples {

    private RecordSamples() {}

    /** The components of {@code type}: for MigrateSettings, the one list of settings. */
    public static List<RecordComponent> components(Class<? extends Record> type) {
        return List.of(type.getRecordComponents());
    }

    public static Object valueOf(Record settings, RecordComponent setting) {
        try {
            return setting.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A value of {@code setting} that differs from its value in {@code defaults}. */
    public static Object sample(Record defaults, RecordComponent setting) {
        Class<?> type = setting.getType();
        Object fallback = valueOf(defaults, setting);
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
        if (type == List.class
                && setting.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            return List.of("sample_" + snake + "_a", "sample_" + snake + "_b");
        }
        throw new AssertionError("RecordSamples has no sample value for "
                + setting.getDeclaringRecord().getSimpleName() + "." + setting.getName() + " of type "
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
    public static List<String> differences(Record expected, Record actual) {
        List<String> names = new ArrayList<>();
        for (RecordComponent setting : components(expected.getClass())) {
            if (!java.util.Objects.equals(valueOf(expected, setting), valueOf(actual, setting))) {
                names.add(setting.getName());
            }
        }
        return names;
    }
}
