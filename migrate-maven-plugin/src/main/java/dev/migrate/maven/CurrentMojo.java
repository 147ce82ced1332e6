package dev.migrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrate current}: the database's revisions. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends MigrateMojo {

    @Override
    List<String> command() {
        return List.of("current");
    }
}
