package dev.migrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate revision -m MESSAGE [--autogenerate [--safe]]}: writes a new revision, a Java class into
 * {@code src/main/java} in the package of the first {@code classpath:} location (or, with
 * {@code -Dmigrate.revisionFormat=sql}, a SQL file into {@code src/main/resources}), compiled by the
 * next build where the application finds it.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends MigrateMojo {

    /** The revision's message. */
    @Parameter(property = "message", required = true)
    String message;

    /** Compare the entities with the database and write the operations that close the gap. */
    @Parameter(property = "autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** With autogenerate: write the safe forms where one exists (revision --autogenerate --safe). */
    @Parameter(property = "migrate.safe", defaultValue = "false")
    boolean safe;

    /** The revision's id instead of a random one. */
    @Parameter(property = "migrate.revId")
    String revId;

    /** java or sql. */
    @Parameter(property = "migrate.revisionFormat", defaultValue = "java")
    String format;

    @Override
    String revisionFormat() {
        return format;
    }

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("revision", "-m", message));
        if (autogenerate) {
            command.add("--autogenerate");
        }
        if (safe) {
            command.add("--safe");
        }
        if (revId != null && !revId.isBlank()) {
            command.add("--rev-id");
            command.add(revId);
        }
        return command;
    }
}
