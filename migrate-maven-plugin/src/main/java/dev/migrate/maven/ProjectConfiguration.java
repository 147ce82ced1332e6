package dev.migrate.maven;

import dev.migrate.internal.autogenerate.ApplicationProperties;
import java.io.IOException;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a goal knows of the project it runs in: its compiled classes and runtime class path, and the
 * application's configuration (application.properties / .yml in the compiled resources), turned
 * into the CLI's environment and {@code -x} settings.
 *
 * <p>The database comes, first found, from the goal's {@code url}/{@code user}/{@code password}
 * parameters, {@code MIGRATE_URL}/{@code MIGRATE_USER}/{@code MIGRATE_PASSWORD}, a
 * {@code migrate.properties} in the project folder, {@code SPRING_DATASOURCE_*} in the environment,
 * the application's {@code migrate.url}/{@code migrate.user}/{@code migrate.password}, then its
 * {@code spring.datasource.url}/{@code username}/{@code password}, as the application would.
 */
final class ProjectConfiguration {

    private static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private final Path basedir;
    private final List<Path> classpath;
    private final ApplicationProperties application;
    private final Map<String, String> environment;

    private ProjectConfiguration(
            Path basedir, List<Path> classpath, ApplicationProperties application, Map<String, String> environment) {
        this.basedir = basedir;
        this.classpath = classpath;
        this.application = application;
        this.environment = environment;
    }

    /**
     * @param classpath the project's runtime class path, its own classes first
     * @param profiles  the Spring profiles whose application-PROFILE files count; empty for
     *                  {@code spring.profiles.active}'s
     */
    static ProjectConfiguration read(
            Path basedir, List<Path> classpath, List<String> profiles, Map<String, String> environment)
            throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            urls.add(url(entry));
        }
        // the application's own files only: the plugin's class path has no say in them
        try (URLClassLoader applicationOnly = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            ApplicationProperties application = ApplicationProperties.read(applicationOnly, profiles, environment::get);
            return new ProjectConfiguration(basedir, classpath, application, environment);
        }
    }

    /** The environment the CLI runs with: the process's, plus the application's database when it decides. */
    Map<String, String> environment(String url, String user, String password) throws IOException {
        Map<String, String> result = new HashMap<>(environment);
        boolean fileHasUrl = migratePropertiesHasUrl();
        putFirst(
                result,
                "MIGRATE_URL",
                url,
                environment.get("MIGRATE_URL"),
                fileHasUrl
                        ? null
                        : firstOf(
                                environment.get("SPRING_DATASOURCE_URL"),
                                application.get("migrate.url"),
                                application.get("spring.datasource.url")));
        putFirst(
                result,
                "MIGRATE_USER",
                user,
                environment.get("MIGRATE_USER"),
                fileHasUrl
                        ? null
                        : firstOf(
                                environment.get("SPRING_DATASOURCE_USERNAME"),
                                application.get("migrate.user"),
                                application.get("spring.datasource.username")));
        putFirst(
                result,
                "MIGRATE_PASSWORD",
                password,
                environment.get("MIGRATE_PASSWORD"),
                fileHasUrl
                        ? null
                        : firstOf(
                                environment.get("SPRING_DATASOURCE_PASSWORD"),
                                application.get("migrate.password"),
                                application.get("spring.datasource.password")));
        return result;
    }

    /**
     * The {@code -x} settings that point the CLI at the project: its class path, the application's
     * locations and entity packages, and where new revisions go (Java in {@code src/main/java} in
     * the package of the first {@code classpath:} location, or SQL in the resources).
     *
     * @param entities the entity packages the goal was given; {@code null} for the application's
     * @param format   {@code java} or {@code sql}
     */
    List<String> settings(String entities, String format) throws IOException {
        List<String> arguments = new ArrayList<>();
        arguments.add("classpath="
                + String.join(",", classpath.stream().map(Path::toString).toList()));
        String locations = firstOf(application.get("migrate.locations"), DEFAULT_LOCATION);
        arguments.add("locations=" + locations);
        String packages = firstOf(entities, application.get("migrate.entities"), String.join(",", basePackages()));
        if (!packages.isBlank()) {
            arguments.add("entities=" + packages);
        }
        String firstClasspathLocation = List.of(locations.split(",")).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("classpath:"))
                .findFirst()
                .orElse(DEFAULT_LOCATION);
        String folder = firstClasspathLocation.substring("classpath:".length()).replaceAll("^/+|/+$", "");
        if ("sql".equalsIgnoreCase(format)) {
            arguments.add(
                    "version_locations=" + basedir.resolve("src/main/resources").resolve(folder));
            arguments.add("revision_format=sql");
        } else {
            String javaPackage = firstOf(application.get("migrate.revision-package"), folder.replace('/', '.'));
            arguments.add(
                    "version_locations=" + basedir.resolve("src/main/java").resolve(javaPackage.replace('.', '/')));
            arguments.add("revision_format=java");
            arguments.add("revision_package=" + javaPackage);
        }
        String indent = application.get("migrate.revision-indent");
        if (indent != null && !indent.isBlank()) {
            arguments.add("revision_indent=" + indent);
        }
        return arguments;
    }

    /**
     * The packages the project's own classes start in (as {@code @SpringBootApplication} scans):
     * from each top folder of the compiled classes, down while a folder holds one folder and no class.
     */
    private List<String> basePackages() throws IOException {
        Path classes = classpath.isEmpty() ? null : classpath.get(0);
        if (classes == null || !Files.isDirectory(classes)) {
            return List.of();
        }
        List<String> packages = new ArrayList<>();
        try (Stream<Path> top = Files.list(classes)) {
            for (Path folder : top.filter(Files::isDirectory).sorted().toList()) {
                Path current = folder;
                while (true) {
                    List<Path> children;
                    try (Stream<Path> listed = Files.list(current)) {
                        children = listed.toList();
                    }
                    List<Path> folders =
                            children.stream().filter(Files::isDirectory).toList();
                    boolean hasClasses =
                            children.stream().anyMatch(c -> c.toString().endsWith(".class"));
                    if (hasClasses || folders.size() != 1) {
                        break;
                    }
                    current = folders.get(0);
                }
                if (!folder.getFileName().toString().equals("META-INF")) {
                    packages.add(classes.relativize(current).toString().replace(java.io.File.separatorChar, '.'));
                }
            }
        }
        return packages;
    }

    private boolean migratePropertiesHasUrl() throws IOException {
        Path file = basedir.resolve("migrate.properties");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.getProperty("url") != null;
    }

    private static void putFirst(Map<String, String> environment, String name, String... candidates) {
        String value = firstOf(candidates);
        if (value != null) {
            environment.put(name, value);
        }
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static URL url(Path entry) {
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("class path entry " + entry + " is not a valid path", e);
        }
    }
}
