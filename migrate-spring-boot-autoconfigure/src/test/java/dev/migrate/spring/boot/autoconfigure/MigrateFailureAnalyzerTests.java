package dev.migrate.spring.boot.autoconfigure;

import java.util.List;

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
    void schemaDriftSaysHowToWriteTheRevision() {
        FailureAnalysis analysis = this.analyzer.analyze(new SchemaCheckOnStartup.SchemaDriftException(
                List.of("table 'book': column 'isbn' (varchar(20)) missing in database")));
        assertThat(analysis.getDescription()).contains("the JPA mapping and the database differ")
            .contains("table 'book': column 'isbn' (varchar(20)) missing in database");
        assertThat(analysis.getAction()).contains("migrate revision --autogenerate")
            .contains("migrate.check-on-startup=warn");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
    }

}
