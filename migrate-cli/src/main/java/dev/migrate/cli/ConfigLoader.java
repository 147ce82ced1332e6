package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.command.FileNameTemplate;
import dev.migrate.internal.command.JavaIndent;
import dev.migrate.internal.command.JavaNames;
import dev.migrate.internal.command.RevisionFileSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads migrate.properties and merges it with the environment and the flags: the environment
 * (MIGRATE_URL, MIGRATE_USER, MIGRATE_PASSWORD) overrides the file, {@code -x key=value} and the
 * flags override both. {@code ${NAME}} in the file is replaced by the environment variable NAME.
 *
 * <p>A file may hold several sections, as alembic.ini does for several databases: a key written
 * {@code NAME.key} (e.g. {@code billing.url}) belongs to section NAME, which {@code -n NAME} selects;
 * keys without a prefix are the default section. A section is read alone: nothing is inherited from
 * the default one, so a section without its own {@code url} can never reach the default database.
 */
final class ConfigLoader {

    static final String DEFAULT_FILE = "migrate.properties";

    private static final Pattern VARIABLE = Pattern.compile("\\$(\\$)?\\{([^}]*)}");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private final Map<String, String> environment;
    private final Path workingDirectory;

    private final BiConsumer<String, String> secretsFound;

    /** @param secretsFound hears (url, password) as soon as they are read, so that masking knows them */
    ConfigLoader(Map<String, String> environment, Path workingDirectory, BiConsumer<String, String> secretsFound) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.secretsFound = secretsFound;
    }

    /** The file -c names, else MIGRATE_CONFIG, else migrate.properties in the working directory. */
    Path configFile(GlobalOptions options) {
        if (options.config != null) {
            return workingDirectory.resolve(options.config);
        }
        String fromEnvironment = environment.get("MIGRATE_CONFIG");
        return workingDirectory.resolve(
                fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT_FILE);
    }

    CliSettings load(GlobalOptions options) {
        Path file = configFile(options);
        String source = file.toString();
        Map<String, String> values = new LinkedHashMap<>();
        // where each value came from, so that an invalid one is blamed on the file, the variable or the option
        Map<String, String> origins = new LinkedHashMap<>();
        if (Files.isDirectory(file)) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Configuration file " + file + " is a directory; give the file itself, e.g. "
                            + (options.config != null ? "-c " : "MIGRATE_CONFIG=") + file.resolve(DEFAULT_FILE));
        }
        if (Files.isRegularFile(file)) {
            readFile(file, options.name).forEach((key, value) -> {
                values.put(key, expand(value, key, source));
                origins.put(key, "in " + source);
            });
            // before anything else can fail with a message that repeats them
            secretsFound.accept(values.get(ConfigKey.URL.key()), values.get(ConfigKey.PASSWORD.key()));
        } else if (options.config != null) {
            throw new BadInputException(ErrorKind.BAD_CONFIGURATION, "Configuration file " + file + " does not exist");
        } else if (options.name != null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "-n " + options.name + ": there is no configuration file " + file + " to hold a section '"
                            + options.name + "' (keys " + options.name + ".url, …)");
        }
        overrideFromEnvironment(values, "MIGRATE_URL", ConfigKey.URL);
        overrideFromEnvironment(values, "MIGRATE_USER", ConfigKey.USER);
        overrideFromEnvironment(values, "MIGRATE_PASSWORD", ConfigKey.PASSWORD);
        for (String extra : options.extra) {
            int equals = extra.indexOf('=');
            if (equals <= 0) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE, "-x " + extra + ": expected key=value, e.g. -x version_table=my_versions");
            }
            String key = extra.substring(0, equals).strip();
            checkKey(key, "-x " + key);
            values.put(key, extra.substring(equals + 1).strip());
            origins.put(key, "given by -x");
        }
        putIfGiven(values, ConfigKey.URL, options.url);
        putIfGiven(values, ConfigKey.USER, options.user);
        putIfGiven(values, ConfigKey.PASSWORD, options.password);
        if (options.passwordEnv != null) {
            String password = environment.get(options.passwordEnv);
            if (password == null) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "--password-env " + options.passwordEnv + ": the environment variable " + options.passwordEnv
                                + " is not set");
            }
            values.put(ConfigKey.PASSWORD.key(), password);
        }
        secretsFound.accept(values.get(ConfigKey.URL.key()), values.get(ConfigKey.PASSWORD.key()));
        return settings(new Values(values, origins, file.toAbsolutePath().getParent(), source));
    }

    /** The package of new Java revisions; the default needs no check (and the check costs start-up time). */
    private static String javaPackage(Values values) {
        String given = values.text(ConfigKey.REVISION_PACKAGE, null);
        return given == null
                ? RevisionFileSettings.DEFAULT_JAVA_PACKAGE
                : JavaNames.checkPackage(given, ConfigKey.REVISION_PACKAGE.key());
    }

    /** The keys of {@code section} ({@code null}: the keys without a prefix), by their names without it. */
    private Map<String, String> readFile(Path file, String section) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (IllegalArgumentException malformed) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION, "Cannot read " + file + ": " + malformed.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> sections = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            String keySection = dot < 0 ? null : key.substring(0, dot);
            String name = key.substring(dot + 1);
            checkKey(name, file + ": key '" + key + "'");
            if (keySection != null) {
                sections.add(keySection);
            }
            if (Objects.equals(section, keySection)) {
                values.put(name, properties.getProperty(key).strip());
            }
        }
        if (section != null && !sections.contains(section)) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "-n " + section + ": " + file + " has no section '" + section + "' (no key "
                            + "such as " + section + ".url)"
                            + (sections.isEmpty() ? "" : "; its sections are " + String.join(", ", sections)));
        }
        return values;
    }

    private static void checkKey(String key, String where) {
        if (ConfigKey.find(key) == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    where + " is not a migrate setting; known keys are " + String.join(", ", ConfigKey.names()));
        }
    }

    private String expand(String value, String key, String source) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                replacement = "${" + matcher.group(2) + "}";
            } else {
                replacement = environment.get(matcher.group(2));
                if (replacement == null) {
                    throw new BadInputException(
                            ErrorKind.BAD_CONFIGURATION,
                            source + ": " + key + " refers to ${" + matcher.group(2)
                                    + "}, but the environment variable " + matcher.group(2) + " is not set");
                }
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private void overrideFromEnvironment(Map<String, String> values, String variable, ConfigKey key) {
        putIfGiven(values, key, environment.get(variable));
    }

    private static void putIfGiven(Map<String, String> values, ConfigKey key, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(key.key(), value);
        }
    }

    private CliSettings settings(Values values) {
        MigrateSettings defaults = MigrateSettings.defaults();
        List<String> locations =
                values.list(ConfigKey.LOCATIONS).stream().map(values::location).toList();
        MigrateSettings settings = defaults.withLocations(locations.isEmpty() ? defaults.locations() : locations)
                .withVersionTable(values.text(ConfigKey.VERSION_TABLE, defaults.versionTable()))
                .withHistoryTable(values.text(ConfigKey.HISTORY_TABLE, defaults.historyTable()))
                .withSchema(values.text(ConfigKey.VERSION_TABLE_SCHEMA, defaults.schema()))
                .withTransactionPerMigration(
                        values.bool(ConfigKey.TRANSACTION_PER_MIGRATION, defaults.transactionPerMigration()))
                .withLockTimeout(values.duration(ConfigKey.LOCK_TIMEOUT, defaults.lockTimeout()))
                .withValidateChecksums(values.bool(ConfigKey.VALIDATE_CHECKSUMS, defaults.validateChecksums()))
                .withExcludeTables(values.list(ConfigKey.EXCLUDE_TABLES))
                .withDdlLockTimeout(values.duration(ConfigKey.DDL_LOCK_TIMEOUT, null))
                .withDdlRetries(values.integer(ConfigKey.DDL_RETRIES, defaults.ddlRetries()))
                .withLintLargeTableRows(
                        values.integer(ConfigKey.LINT_LARGE_TABLE_ROWS, (int) defaults.lintLargeTableRows()));
        String scriptLocation = values.text(ConfigKey.SCRIPT_LOCATION, null);
        List<Path> versionLocations = values.list(ConfigKey.VERSION_LOCATIONS).stream()
                .map(values::path)
                .toList();
        if (versionLocations.isEmpty() && scriptLocation != null) {
            versionLocations = List.of(values.path(scriptLocation).resolve("versions"));
        }
        RevisionFileSettings revisionFiles = new RevisionFileSettings(
                scriptLocation == null ? null : values.path(scriptLocation),
                versionLocations,
                RevisionFormat.parse(
                        values.text(ConfigKey.REVISION_FORMAT, "sql"),
                        ConfigKey.REVISION_FORMAT.key() + " " + values.origin(ConfigKey.REVISION_FORMAT)),
                javaPackage(values),
                new FileNameTemplate(
                        values.text(ConfigKey.FILE_TEMPLATE, FileNameTemplate.DEFAULT),
                        values.integer(ConfigKey.TRUNCATE_SLUG_LENGTH, FileNameTemplate.DEFAULT_TRUNCATE_SLUG_LENGTH)),
                values.indent(ConfigKey.REVISION_INDENT));
        return new CliSettings(
                values.source,
                values.text(ConfigKey.URL, null),
                values.text(ConfigKey.USER, null),
                values.text(ConfigKey.PASSWORD, null),
                settings,
                values.list(ConfigKey.CLASSPATH).stream().map(values::path).toList(),
                values.list(ConfigKey.ENTITIES),
                revisionFiles,
                new FleetDefaults(
                        values.text(ConfigKey.TENANTS_FILE, null) == null
                                ? null
                                : values.path(values.text(ConfigKey.TENANTS_FILE, null)),
                        values.text(ConfigKey.TENANTS_QUERY, null),
                        values.text(ConfigKey.TENANTS_PATTERN, null),
                        values.text(ConfigKey.TENANTS_PARALLEL, null) == null
                                ? null
                                : values.integer(ConfigKey.TENANTS_PARALLEL, 1),
                        values.text(ConfigKey.TENANTS_CONTINUE_ON_ERROR, null) == null
                                ? null
                                : values.bool(ConfigKey.TENANTS_CONTINUE_ON_ERROR, false)));
    }

    /** The merged values with their typed readers; errors name the key and the file. */
    private static final class Values {

        private final Map<String, String> values;
        private final Map<String, String> origins;
        private final Path baseDirectory;
        private final String source;

        Values(Map<String, String> values, Map<String, String> origins, Path baseDirectory, String source) {
            this.values = values;
            this.origins = origins;
            this.baseDirectory = baseDirectory;
            this.source = source;
        }

        /** Where the value of {@code key} came from, as the end of a sentence: "in FILE", "given by -x". */
        String origin(ConfigKey key) {
            return origins.getOrDefault(key.key(), "in " + source);
        }

        String text(ConfigKey key, String fallback) {
            String value = values.get(key.key());
            return value == null || value.isEmpty() ? fallback : value;
        }

        List<String> list(ConfigKey key) {
            String value = values.get(key.key());
            return value == null
                    ? List.of()
                    : Arrays.stream(value.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        boolean bool(ConfigKey key, boolean fallback) {
            String value = text(key, null);
            if (value == null) {
                return fallback;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1":
                    return true;
                case "false", "no", "off", "0":
                    return false;
                default:
                    throw invalid(key, value, "true or false");
            }
        }

        int integer(ConfigKey key, int fallback) {
            String value = text(key, null);
            try {
                return value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw invalid(key, value, "a whole number");
            }
        }

        Duration duration(ConfigKey key, Duration fallback) {
            String value = text(key, null);
            if (value == null) {
                return fallback;
            }
            Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2) == null ? "s" : matcher.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofSeconds(amount);
                };
            }
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid(key, value, "a duration such as 60s, 2m, 500ms or PT1M");
            }
        }

        JavaIndent indent(ConfigKey key) {
            String value = text(key, null);
            return value == null ? JavaIndent.DEFAULT : JavaIndent.parse(value, key.key(), source);
        }

        Path path(String value) {
            return baseDirectory.resolve(value).normalize();
        }

        String location(String location) {
            if (location.startsWith("filesystem:")) {
                return "filesystem:" + path(location.substring("filesystem:".length()));
            }
            return location;
        }

        private BadInputException invalid(ConfigKey key, String value, String expected) {
            return new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    key.key() + " = " + value + " " + origin(key) + " is not valid; expected " + expected);
        }
    }
}
