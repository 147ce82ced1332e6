package dev.migrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrate downgrade TARGET}: reverts the database to the target ({@code -1}, a revision, {@code base}). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends MigrateMojo {

    /** The revision to downgrade to; required, as the CLI's. */
    @Parameter(property = "migrate.target", required = true)
    String target;

    @Override
    List<String> command() {
        return List.of("downgrade", target);
    }
}
