package dev.migrate.internal.autogenerate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application's configuration files as the application reads them, for the launchers
 * that run outside it (the CLI and the Maven plugin): {@code application.properties} and
 * {@code application.yml}/{@code .yaml} at the root and in {@code config/} of its class path, then
 * the {@code application-PROFILE} files of the active profiles, later files overriding earlier ones
 * (and a {@code .properties} file overriding the YAML file beside it, as in Spring Boot). YAML
 * documents are flattened to dotted keys and lists to {@code key[0]}; a document with
 * {@code spring.config.activate.on-profile} counts only for those profiles. {@code ${NAME}} and
 * {@code ${NAME:default}} are resolved from the properties, then the environment.
 */
public final class ApplicationProperties {

    private static final List<String> FOLDERS = List.of("", "config/");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final String ACTIVE_PROFILES = "spring.profiles.active";
    private static final String ON_PROFILE = "spring.config.activate.on-profile";

    private final Map<String, String> values;

    private ApplicationProperties(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads the files a class loader sees.
     *
     * @param profiles    the active profiles; when empty, those {@code spring.profiles.active} names
     * @param environment the environment, for placeholders
     */
    public static ApplicationProperties read(
            ClassLoader loader, List<String> profiles, Function<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> active = new ArrayList<>(profiles);
        readFiles(loader, "application", active, values);
        if (active.isEmpty() && values.containsKey(ACTIVE_PROFILES)) {
            active.addAll(split(values.get(ACTIVE_PROFILES)));
            values.clear();
            readFiles(loader, "application", active, values);
        }
        for (String profile : active) {
            readFiles(loader, "application-" + profile, active, values);
        }
        values.replaceAll((key, value) -> resolve(value, values, environment, 0));
        return new ApplicationProperties(values);
    }

    /** The flattened properties, in reading order. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** One property, or {@code null}. */
    public String get(String key) {
        return values.get(key);
    }

    private static void readFiles(ClassLoader loader, String name, List<String> profiles, Map<String, String> values) {
        for (String folder : FOLDERS) {
            for (String extension : List.of("yml", "yaml")) {
                URL yaml = loader.getResource(folder + name + "." + extension);
                if (yaml != null) {
                    YamlDocuments.read(yaml, profiles, values);
                }
            }
            URL properties = loader.getResource(folder + name + ".properties");
            if (properties != null) {
                readProperties(properties, values);
            }
        }
    }

    private static void readProperties(URL file, Map<String, String> values) {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION, file + " is not a valid properties file: " + e.getMessage());
        }
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    }

    private static String resolve(
            String value, Map<String, String> values, Function<String, String> environment, int depth) {
        if (value == null || !value.contains("${") || depth > 10) {
            return value;
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String found = values.containsKey(name) ? values.get(name) : environment.apply(name);
            if (found == null) {
                found = environment.apply(name.toUpperCase(java.util.Locale.ROOT)
                        .replace('.', '_')
                        .replace('-', '_'));
            }
            if (found == null) {
                found = matcher.group(2) != null ? matcher.group(2) : matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(resolve(found, values, environment, depth + 1)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** SnakeYAML is only loaded when an application has a YAML file. */
    private static final class YamlDocuments {

        static void read(URL file, List<String> profiles, Map<String, String> values) {
            try (InputStream in = file.openStream()) {
                org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(
                        new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()));
                for (Object document : yaml.loadAll(in)) {
                    Map<String, String> flat = new LinkedHashMap<>();
                    flatten("", document, flat);
                    String onProfile = flat.get(ON_PROFILE);
                    if (onProfile == null || split(onProfile).stream().anyMatch(profiles::contains)) {
                        values.putAll(flat);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            } catch (org.yaml.snakeyaml.error.YAMLException e) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION, file + " is not valid YAML: " + e.getMessage());
            }
        }

        private static void flatten(String prefix, Object node, Map<String, String> flat) {
            if (node instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    flatten(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), flat);
                }
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    flatten(prefix + "[" + i + "]", list.get(i), flat);
                }
            } else if (!prefix.isEmpty()) {
                flat.put(prefix, node == null ? "" : String.valueOf(node));
            }
        }
    }
}
