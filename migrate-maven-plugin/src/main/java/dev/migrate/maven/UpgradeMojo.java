package dev.migrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrate upgrade TARGET}: brings the database to the target ({@code head} by default). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends MigrateMojo {

    /** The revision to upgrade to. */
    @Parameter(property = "migrate.target", defaultValue = "head")
    String target;

    @Override
    List<String> command() {
        return List.of("upgrade", target);
    }
}
