package dev.migrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrate check}: fails the build when the entities and the database (at the heads) differ,
 * listing each difference. Bound to {@code verify} when declared in an execution without a phase.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends MigrateMojo {

    @Override
    List<String> command() {
        return List.of("check");
    }
}
