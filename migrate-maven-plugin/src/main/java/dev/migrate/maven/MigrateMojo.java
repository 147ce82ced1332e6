package dev.migrate.maven;

import dev.migrate.cli.MigrateCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: it runs one command of the CLI's command line (the core's command
 * layer, nothing re-implemented) in this JVM, so on the build's JDK, with the project's compiled
 * classes and runtime class path and the application's configuration ({@link ProjectConfiguration}).
 * The command's answer is logged at INFO; exit code 1 fails the goal (a failed migration, drift
 * found by {@code check}), 2 is an error in the build's configuration.
 */
abstract class MigrateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** JDBC URL; the application's configuration (or MIGRATE_URL) when absent. */
    @Parameter(property = "migrate.url")
    String url;

    /** Database user. */
    @Parameter(property = "migrate.user")
    String user;

    /** Database password; better given as MIGRATE_PASSWORD or in the application's configuration. */
    @Parameter(property = "migrate.password")
    String password;

    /** Spring profiles whose application-PROFILE files are read; spring.profiles.active's when absent. */
    @Parameter(property = "migrate.profiles")
    String profiles;

    /** Packages of the @Entity classes; the application's base packages when absent. */
    @Parameter(property = "migrate.entities")
    String entities;

    /** Skip the goal. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    boolean skip;

    /** The command and its options, as the CLI takes them. */
    abstract List<String> command();

    /** The form of new revisions: java (into src/main/java) or sql (into src/main/resources). */
    String revisionFormat() {
        return "java";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("migrate: skipped (migrate.skip)");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        List<String> arguments = new ArrayList<>();
        Map<String, String> environment;
        try {
            ProjectConfiguration configuration = ProjectConfiguration.read(
                    basedir,
                    classpath(),
                    profiles == null
                            ? List.of()
                            : Arrays.stream(profiles.split(","))
                                    .map(String::strip)
                                    .filter(p -> !p.isEmpty())
                                    .toList(),
                    System.getenv());
            environment = configuration.environment(url, user, password);
            for (String setting : configuration.settings(entities, revisionFormat())) {
                arguments.add("-x");
                arguments.add(setting);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the project's configuration: " + e.getMessage(), e);
        }
        arguments.addAll(command());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ClassLoader buildLoader = Thread.currentThread().getContextClassLoader();
        int exitCode;
        try {
            exitCode = MigrateCli.execute(environment, basedir, arguments, print(out), print(err));
        } finally {
            // the CLI points it at the project's class path; the build's next plugin gets its own back
            Thread.currentThread().setContextClassLoader(buildLoader);
        }
        log(err.toString(StandardCharsets.UTF_8), exitCode != 0);
        log(out.toString(StandardCharsets.UTF_8), false);
        String goal = command().get(0);
        if (exitCode == 1) {
            throw new MojoFailureException("migrate " + goal + " failed"
                    + ("check".equals(goal)
                            ? ": the database and the entities differ; write the revision with "
                                    + "mvn migrate:revision -Dautogenerate -Dmessage=\"...\" and upgrade"
                            : ""));
        }
        if (exitCode != 0) {
            throw new MojoExecutionException("migrate " + goal + ": bad configuration or input (see above)");
        }
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's runtime class path is not resolved: " + e.getMessage(), e);
        }
    }

    private void log(String text, boolean asErrors) {
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (asErrors && line.startsWith("FAILED")) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
