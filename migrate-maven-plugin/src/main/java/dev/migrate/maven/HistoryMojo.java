package dev.migrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrate history}: the revisions, newest first. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends MigrateMojo {

    /** Mark the database's current revisions ({@code history -i}). */
    @Parameter(property = "migrate.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of("history"));
        if (indicateCurrent) {
            command.add("-i");
        }
        return command;
    }
}
