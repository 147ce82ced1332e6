package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.script.sql.SqlStatement;
import dev.migrate.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlRevisionParserTest {

    private static final String ADD_EMAIL = """
            -- revision: 3f2a1b9c4d5e
            -- down_revision: 1a2b3c4d5e6f
            -- branch_labels: billing
            -- depends_on: 9c8b7a6d5e4f
            -- message: add email to users
            -- create_date: 2026-11-26 00:30:00.123456
            -- migrate:upgrade
            ALTER TABLE users ADD COLUMN email VARCHAR(255);
            UPDATE users SET email = 'a;b@example.com';
            -- migrate:downgrade
            ALTER TABLE users DROP COLUMN email;
            """;

    private static BadInputException failure(String text) {
        try {
            SqlRevisionParser.parse("db/migrations/bad.sql", text);
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("expected the script to be rejected:\n" + text);
    }

    @Test
    void readsTheRevisionsASquashReplaces() {
        RevisionScript script = SqlRevisionParser.parse(
                "db/migrations/baseline.sql",
                "-- revision: s1\n-- replaces: a, b, c\n-- migrate:upgrade\n-- migrate:downgrade\n");

        assertThat(script.node().replaces()).containsExactly("a", "b", "c");
        assertThat(failure("-- revision: s1\n-- replaces: a, s1\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: revision 's1' names itself in replaces. List the revisions it"
                        + " squashes.");
    }

    @Test
    void readsTheHeaderAndBothSections() {
        RevisionScript script = SqlRevisionParser.parse("db/migrations/add_email.sql", ADD_EMAIL);

        assertThat(script.id()).isEqualTo("3f2a1b9c4d5e");
        assertThat(script.node().downRevisions()).containsExactly("1a2b3c4d5e6f");
        assertThat(script.node().branchLabels()).containsExactly("billing");
        assertThat(script.node().dependsOn()).containsExactly("9c8b7a6d5e4f");
        assertThat(script.node().message()).isEqualTo("add email to users");
        assertThat(script.kind()).isEqualTo(RevisionScript.Kind.SQL);
        assertThat(script.source()).isEqualTo("db/migrations/add_email.sql");
        assertThat(script.transactional()).isTrue();
        assertThat(script.checksum()).matches("[0-9a-f]{64}");

        RecordingOperations op = new RecordingOperations("postgresql");
        script.migration().upgrade(op);
        assertThat(op.executed)
                .containsExactly(
                        "ALTER TABLE users ADD COLUMN email VARCHAR(255)",
                        "UPDATE users SET email = 'a;b@example.com'");
        op.executed.clear();
        script.migration().downgrade(op);
        assertThat(op.executed).containsExactly("ALTER TABLE users DROP COLUMN email");
    }

    @Test
    void givesStatementsTheirLineInTheFile() {
        SqlMigration migration =
                (SqlMigration) SqlRevisionParser.parse("a.sql", ADD_EMAIL).migration();
        assertThat(migration.upgradeStatements("h2"))
                .extracting(SqlStatement::line)
                .containsExactly(8, 9);
        assertThat(migration.downgradeStatements("h2"))
                .extracting(SqlStatement::line)
                .containsExactly(11);
    }

    @Test
    void readsARootWithoutDownRevisionAndAMergeWithSeveral() {
        RevisionScript root =
                SqlRevisionParser.parse("root.sql", "-- revision: aaa\n-- migrate:upgrade\n-- migrate:downgrade\n");
        assertThat(root.node().downRevisions()).isEmpty();
        assertThat(root.node().branchLabels()).isEmpty();
        assertThat(root.node().dependsOn()).isEmpty();
        assertThat(root.node().message()).isEmpty();

        RevisionScript emptyDown = SqlRevisionParser.parse(
                "root2.sql", "-- revision: bbb\n-- down_revision:\n-- migrate:upgrade\n-- migrate:downgrade\n");
        assertThat(emptyDown.node().downRevisions()).isEmpty();

        RevisionScript merge = SqlRevisionParser.parse(
                "merge.sql",
                "-- revision: ccc\n-- down_revision: aaa, bbb\n-- branch_labels: x,y\n-- depends_on: p1 , label_2\n-- migrate:upgrade\n-- migrate:downgrade\n");
        assertThat(merge.node().downRevisions()).containsExactly("aaa", "bbb");
        assertThat(merge.node().branchLabels()).containsExactly("x", "y");
        assertThat(merge.node().dependsOn()).containsExactly("p1", "label_2");
        RecordingOperations op = new RecordingOperations("mariadb");
        merge.migration().upgrade(op);
        merge.migration().downgrade(op);
        assertThat(op.executed).isEmpty();
    }

    @Test
    void readsTransactionalFalse() {
        RevisionScript script = SqlRevisionParser.parse("concurrently.sql", """
                -- revision: idx1
                -- transactional: false
                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY users_email ON users (email);
                -- migrate:downgrade
                DROP INDEX CONCURRENTLY users_email;
                """);
        assertThat(script.transactional()).isFalse();
        assertThat(SqlRevisionParser.parse(
                                "t.sql",
                                "-- revision: a\n-- transactional: TRUE\n-- migrate:upgrade\n-- migrate:downgrade")
                        .transactional())
                .isTrue();
    }

    @Test
    void keepsOrdinaryCommentsAndBlankLinesInTheHeader() {
        RevisionScript script = SqlRevisionParser.parse("c.sql", """
                -- adds the email column - see the ticket
                -- see https://example.com/ticket/1

                -- revision: abc
                ---- Note: dashes make this an ordinary comment
                --
                -- migrate:upgrade
                -- TODO: comments in the sections are SQL comments
                SELECT 1;
                -- migrate:downgrade
                """);
        assertThat(script.id()).isEqualTo("abc");
    }

    @Test
    void checksumIgnoresLineEndingsAndAByteOrderMark() {
        String lf = SqlRevisionParser.parse("a.sql", ADD_EMAIL).checksum();
        String crlf = SqlRevisionParser.parse("a.sql", ADD_EMAIL.replace("\n", "\r\n"))
                .checksum();
        String cr =
                SqlRevisionParser.parse("a.sql", ADD_EMAIL.replace("\n", "\r")).checksum();
        String bom = SqlRevisionParser.parse("a.sql", ("\uFEFF" + ADD_EMAIL).getBytes(StandardCharsets.UTF_8))
                .checksum();
        String changed = SqlRevisionParser.parse("a.sql", ADD_EMAIL.replace("255", "320"))
                .checksum();

        assertThat(crlf).isEqualTo(lf);
        assertThat(cr).isEqualTo(lf);
        assertThat(bom).isEqualTo(lf);
        assertThat(changed).isNotEqualTo(lf);
        assertThat(lf).isEqualTo(SqlRevisionParser.checksum(ADD_EMAIL));
    }

    @Test
    void splitsForTheDialectItRunsOn() {
        RevisionScript script = SqlRevisionParser.parse("p.sql", """
                -- revision: p1
                -- migrate:upgrade
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;
                -- migrate:downgrade
                DROP PROCEDURE p;
                """);
        RecordingOperations mariadb = new RecordingOperations("mariadb");
        script.migration().upgrade(mariadb);
        assertThat(mariadb.executed).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END");

        RecordingOperations h2 = new RecordingOperations("h2");
        script.migration().upgrade(h2);
        assertThat(h2.executed).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1", "SELECT 2", "END");
    }

    @Test
    void namesFileAndLineOfAStatementThatFails() {
        RevisionScript script = SqlRevisionParser.parse("db/migrations/f.sql", ADD_EMAIL);
        RecordingOperations failing = new RecordingOperations("postgresql") {
            @Override
            public void run(Operation operation) {
                throw new MigrateException(ErrorKind.STATEMENT_FAILED, "column \"users\" does not exist");
            }
        };
        assertThatThrownBy(() -> script.migration().upgrade(failing))
                .isInstanceOf(MigrateException.class)
                .hasMessage("db/migrations/f.sql:8: column \"users\" does not exist");
    }

    @Test
    void readsOnlyHeaderAndMarkersAndRejectsAnUnsplittableSectionWhenItIsNeeded() {
        // Loading a long history must not split every applied revision; the runner splits the pending ones first.
        RevisionScript script = SqlRevisionParser.parse(
                "db/migrations/bad.sql",
                "-- revision: a\n-- migrate:upgrade\nSELECT 1;\nINSERT INTO t VALUES ('open);\n-- migrate:downgrade\n");
        assertThat(script.id()).isEqualTo("a");
        assertThatThrownBy(() -> ((SqlMigration) script.migration()).upgradeStatements("postgresql"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "db/migrations/bad.sql:4: the string literal that starts here with ' is never closed");
    }

    @Test
    void rejectsASectionTheRunningDialectCannotSplitNamingFileAndLine() {
        // valid MySQL (backslash escape), but on PostgreSQL the string never ends
        RevisionScript script = SqlRevisionParser.parse(
                "db/migrations/m.sql",
                "-- revision: m\n-- migrate:upgrade\nSELECT 1;\nSELECT 'it\\'s';\n-- migrate:downgrade\n");
        assertThat(((SqlMigration) script.migration()).upgradeStatements("mariadb"))
                .hasSize(2);
        assertThatThrownBy(() -> script.migration().upgrade(new RecordingOperations("postgresql")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "db/migrations/m.sql:4: the string literal that starts here with ' is never closed");
    }

    @Test
    void rejectsMissingRevision() {
        assertThat(failure("-- message: hi\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage(
                        "db/migrations/bad.sql:1: there is no '-- revision: <id>' header line. Add one at the top of"
                                + " the file ('migrate revision' generates new revisions with an id).");
    }

    @Test
    void rejectsAnEmptyRevision() {
        assertThat(failure("\n-- revision:\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: revision id '' is empty.");
    }

    @Test
    void rejectsAnUnknownHeaderKey() {
        assertThat(failure("-- revision: a\n-- down_revison: b\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage(
                        "db/migrations/bad.sql:2: unknown header key 'down_revison'. Known keys: revision,"
                                + " down_revision, branch_labels, depends_on, message, transactional, create_date, replaces, lint. (A header"
                                + " comment must not start with a word and a colon; move it below '-- migrate:upgrade' or reword it).");
        assertThat(failure(
                        "-- revision: a\n-- Note: this looks like a key\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessageStartingWith("db/migrations/bad.sql:2: unknown header key 'Note'.");
    }

    @Test
    void rejectsARepeatedHeaderKey() {
        assertThat(failure("-- revision: a\n-- message: x\n-- revision: b\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage(
                        "db/migrations/bad.sql:3: header key 'revision' appears twice (first on line 1). Keep one.");
    }

    @Test
    void rejectsSqlInTheHeader() {
        assertThat(failure("-- revision: a\nCREATE TABLE t (id INT);\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: SQL before '-- migrate:upgrade'. Only '-- key: value' header"
                        + " lines and '--' comments may come before it; put statements below '-- migrate:upgrade'.");
    }

    @Test
    void rejectsAMissingUpgradeSection() {
        assertThat(failure("-- revision: a\n-- message: m\nCREATE TABLE t (id INT);\n"))
                .hasMessageStartingWith("db/migrations/bad.sql:3: SQL before '-- migrate:upgrade'");
        assertThat(failure("-- revision: a\n-- message: m\n\n"))
                .hasMessage(
                        "db/migrations/bad.sql:3: there is no '-- migrate:upgrade' line. Put it after the header,"
                                + " above the upgrade statements, and a '-- migrate:downgrade' line above the downgrade statements.");
    }

    @Test
    void rejectsAMissingDowngradeSection() {
        assertThat(failure("-- revision: a\n-- migrate:upgrade\nCREATE TABLE t (id INT);\n"))
                .hasMessage(
                        "db/migrations/bad.sql:3: there is no '-- migrate:downgrade' line after '-- migrate:upgrade'"
                                + " (line 2). Add it below the upgrade statements; leave its section empty if the revision cannot"
                                + " be undone.");
    }

    @Test
    void rejectsSectionsOutOfOrderRepeatedOrUnknown() {
        assertThat(failure("-- revision: a\n-- migrate:downgrade\n-- migrate:upgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: '-- migrate:downgrade' before '-- migrate:upgrade'. The upgrade"
                        + " section comes first.");
        assertThat(failure("-- revision: a\n-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:upgrade\n"))
                .hasMessage("db/migrations/bad.sql:4: a second '-- migrate:upgrade' line (the first is on line 2). Keep"
                        + " one upgrade section.");
        assertThat(failure(
                        "-- revision: a\n-- migrate:upgrade\n-- migrate:downgrade\nSELECT 1;\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:5: a second '-- migrate:downgrade' line (the first is on line 3)."
                        + " Keep one downgrade section.");
        assertThat(failure("-- revision: a\n-- migrate:up\n"))
                .hasMessage("db/migrations/bad.sql:2: unknown section marker 'migrate:up'. The sections are"
                        + " '-- migrate:upgrade' and '-- migrate:downgrade'.");
        assertThat(failure("-- revision: a\n-- migrate:upgrade please\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: unexpected text after '-- migrate:upgrade'. Put nothing else on"
                        + " that line.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"ab@c|@", "ab-c|-", "ab+c|+", "ab:c|:"})
    void rejectsIdsWithACharacterThatTargetsUse(String id, String character) {
        assertThat(failure("-- message: m\n-- revision: " + id + "\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: revision id '" + id + "' contains '" + character + "'; ids and"
                        + " labels cannot contain any of @ - + : because targets use them (billing@head, head-1,"
                        + " ae10+2, a:b). Use letters, digits and underscores.");
    }

    @Test
    void rejectsIdsThatAreTooLongOrHaveWhitespace() {
        String longId = "a".repeat(129);
        assertThat(failure("-- revision: " + longId + "\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:1: revision id '" + longId + "' is 129 characters long; at most 128"
                        + " are allowed.");
        assertThat(SqlRevisionParser.parse(
                                "ok.sql",
                                "-- revision: " + "a".repeat(128) + "\n-- migrate:upgrade\n-- migrate:downgrade\n")
                        .id())
                .hasSize(128);
        assertThat(failure("-- revision: two words\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:1: revision id 'two words' contains whitespace; ids and labels are"
                        + " single words. Use letters, digits and underscores.");
    }

    @Test
    void rejectsBadListEntries() {
        assertThat(failure("-- revision: a\n-- down_revision: b,,c\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage(
                        "db/migrations/bad.sql:2: 'down_revision' has an empty entry in 'b,,c'. Separate entries with"
                                + " single commas.");
        assertThat(failure("-- revision: a\n-- down_revision: b, b\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: 'down_revision' lists 'b' twice. List it once.");
        assertThat(failure("-- revision: a\n-- down_revision: a\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage(
                        "db/migrations/bad.sql:2: revision 'a' names itself in down_revision. Name its parent revisions.");
        assertThat(failure(
                        "-- revision: a\n\n-- branch_labels: billing@v2\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessageStartingWith("db/migrations/bad.sql:3: branch label 'billing@v2' contains '@'");
        assertThat(failure("-- revision: a\n-- depends_on: x y\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessageStartingWith("db/migrations/bad.sql:2: depends_on entry 'x y' contains whitespace");
    }

    @Test
    void rejectsATransactionalValueOtherThanTrueOrFalse() {
        assertThat(failure("-- revision: a\n-- transactional: no\n-- migrate:upgrade\n-- migrate:downgrade\n"))
                .hasMessage("db/migrations/bad.sql:2: 'transactional' must be true or false, not 'no'.");
    }

    @Test
    void rejectsAFileThatIsNotUtf8NamingTheLine() {
        byte[] latin1 = "-- revision: a\n-- message: caf\u00e9\n-- migrate:upgrade\n-- migrate:downgrade\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SqlRevisionParser.parse("db/migrations/latin1.sql", latin1))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "db/migrations/latin1.sql:2: the file is not valid UTF-8 (byte 0xE9 at offset 30). Save it as UTF-8.");
    }

    @Test
    void readsUtf8Text() {
        byte[] utf8 = "-- revision: a\n-- message: café ☕\n-- migrate:upgrade\n-- migrate:downgrade\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SqlRevisionParser.parse("u.sql", utf8).node().message()).isEqualTo("café ☕");
    }

    @Test
    void acceptsSectionMarkersWrittenWithoutSpaceOrInCapitals() {
        RevisionScript script = SqlRevisionParser.parse(
                "m.sql", "-- revision: a\n--migrate:upgrade\nSELECT 1;\n-- MIGRATE:DOWNGRADE\nSELECT 2;");
        RecordingOperations op = new RecordingOperations("h2");
        script.migration().downgrade(op);
        assertThat(op.executed).isEqualTo(List.of("SELECT 2"));
    }
}
