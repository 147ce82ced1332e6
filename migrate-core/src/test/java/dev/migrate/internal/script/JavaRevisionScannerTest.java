package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaRevisionScannerTest {

    private static final String FIXTURES = "dev.migrate.internal.script.fixtures.";

    private final JavaRevisionScanner scanner =
            new JavaRevisionScanner(getClass().getClassLoader());

    @Test
    void findsAnnotatedMigrationsInThePackageAndItsSubpackagesAndSkipsTheRest() {
        List<RevisionScript> scripts = scanner.scan(FIXTURES + "valid");

        assertThat(scripts)
                .extracting(RevisionScript::source)
                .containsExactly(
                        FIXTURES + "valid.Holder$R3_Nested",
                        FIXTURES + "valid.R1_CreateAccounts",
                        FIXTURES + "valid.sub.R2_Subpackage");
        assertThat(scripts).extracting(RevisionScript::id).containsExactly("j3", "j1", "j2");
        assertThat(scripts).allSatisfy(script -> {
            assertThat(script.kind()).isEqualTo(RevisionScript.Kind.JAVA);
            assertThat(script.checksum()).isNull();
        });
    }

    @Test
    void readsEveryAttributeOfRevision() {
        RevisionScript subpackage = scanner.scan(FIXTURES + "valid.sub").get(0);

        assertThat(subpackage.node().downRevisions()).containsExactly("j1");
        assertThat(subpackage.node().branchLabels()).containsExactly("core", "accounts");
        assertThat(subpackage.node().dependsOn()).containsExactly("s1");
        assertThat(subpackage.node().message()).isEqualTo("in a subpackage");
        assertThat(subpackage.transactional()).isFalse();

        RevisionScript accounts = scanner.scan(FIXTURES + "valid").get(1);
        assertThat(accounts.node().message()).isEqualTo("create accounts");
        assertThat(accounts.transactional()).isTrue();
    }

    @Test
    void createsTheMigrationThroughItsNoArgumentConstructor() {
        RevisionScript nested = scanner.scan(FIXTURES + "valid").get(0);
        RecordingOperations op = new RecordingOperations("h2");
        nested.migration().upgrade(op);
        nested.migration().downgrade(op);
        assertThat(op.executed).containsExactly("CREATE TABLE nested (id INT)", "DROP TABLE nested");
    }

    @Test
    void findsNothingInAPackageThatIsNotThere() {
        assertThat(scanner.scan("no.such.pkg")).isEmpty();
    }

    @Test
    void rejectsAMigrationWithoutRevision() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "missingrevision"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        FIXTURES + "missingrevision.ForgottenAnnotation: implements dev.migrate.Migration but has no"
                                + " @Revision. Add @Revision(id = \"…\", down = \"…\"), or make the class abstract if it is a base class.");
    }

    @Test
    void rejectsARevisionThatIsNotAMigration() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "notmigration"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "notmigration.NotAMigration: has @Revision but does not implement"
                        + " dev.migrate.Migration. Implement it (upgrade and downgrade).");
    }

    @Test
    void rejectsARevisionWithoutNoArgumentConstructor() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "noconstructor"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "noconstructor.NeedsArgument: has no constructor without arguments. Add one:"
                        + " migrate creates revisions with it.");
    }

    @Test
    void rejectsABadId() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "badid"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "badid.BadId: @Revision id '2024-01-01' contains '-'; ids and labels cannot"
                        + " contain any of @ - + : because targets use them (billing@head, head-1, ae10+2, a:b). Use"
                        + " letters, digits and underscores.");
    }

    @Test
    void rejectsAnAbstractRevision() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "abstractrevision"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "abstractrevision.AbstractRevision: has @Revision but is abstract. Put @Revision"
                        + " on a concrete class that implements dev.migrate.Migration.");
    }

    @Test
    void rejectsAnInnerClassRevision() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "innerrevision"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "innerrevision.Outer$Inner: has @Revision but is an inner class, which cannot be"
                        + " created on its own. Declare it static or move it to a file of its own.");
    }

    @Test
    void reportsAConstructorThatFails() {
        assertThatThrownBy(() -> scanner.scan(FIXTURES + "failingconstructor"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(FIXTURES + "failingconstructor.Explodes: its constructor failed:"
                        + " java.lang.IllegalStateException: no configuration.");
    }
}
