package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.MigrateException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateFailureAnalyzer}.
 */
class MigrateFailureAnalyzerTests {

    private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

    @Test
    void badInputSaysNothingRan() {
        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("migrateInitializer",
                "Invocation of init method failed", new BadInputException("No such revision: 'nosuchrevision'")));
        assertThat(analysis.getDescription()).contains("No such revision: 'nosuchrevision'");
        assertThat(analysis.getAction()).startsWith("Nothing was run.");
    }

    @Test
    void aFailedRevisionKeepsItsMessage() {
        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException("migrateInitializer",
                "Invocation of init method failed", new MigrateException("Revision 2b3c failed: column exists")));
        assertThat(analysis.getDescription()).contains("Revision 2b3c failed: column exists");
        assertThat(analysis.getAction()).contains("not run again");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
    }

}
