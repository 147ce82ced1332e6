package dev.migrate.internal.script.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.dialect.SqlSyntax;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqlStatementSplitterTest {

    private static List<String> split(SqlSyntax syntax, String script) {
        return new SqlStatementSplitter(syntax)
                .split(script).stream().map(SqlStatement::sql).toList();
    }

    @Nested
    class EverySyntax {

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void splitsAtSemicolonsAndDropsTheDelimiter(SqlSyntax syntax) {
            assertThat(split(syntax, "CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n"))
                    .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void keepsALastStatementWithoutDelimiter(SqlSyntax syntax) {
            assertThat(split(syntax, "SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void dropsEmptyAndCommentOnlyStatements(SqlSyntax syntax) {
            assertThat(split(syntax, ";;\n  ;\n-- only a comment\n;\n/* block */;\n"))
                    .isEmpty();
            assertThat(split(syntax, "")).isEmpty();
            assertThat(split(syntax, "SELECT 1; -- trailing comment\n")).containsExactly("SELECT 1");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void keepsSemicolonsInStringLiteralsWithDoubledQuotes(SqlSyntax syntax) {
            assertThat(split(syntax, "INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT ';'"))
                    .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT ';'");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void keepsSemicolonsInLineAndBlockComments(SqlSyntax syntax) {
            assertThat(split(syntax, "SELECT 1 -- a; b\n+ 1;\nSELECT /* x; y */ 2;"))
                    .containsExactly("SELECT 1 -- a; b\n+ 1", "SELECT /* x; y */ 2");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void dropsCommentsBeforeAStatementButNotInsideIt(SqlSyntax syntax) {
            assertThat(split(syntax, "-- creates a\n/* really */\nCREATE TABLE a (\n  id INT -- the key\n);"))
                    .containsExactly("CREATE TABLE a (\n  id INT -- the key\n)");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void keepsSemicolonsInsideParentheses(SqlSyntax syntax) {
            assertThat(
                            split(
                                    syntax,
                                    "CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));SELECT 1"))
                    .containsExactly(
                            "CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                            "SELECT 1");
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void givesEachStatementTheLineItStartsOn(SqlSyntax syntax) {
            List<SqlStatement> statements = new SqlStatementSplitter(syntax)
                    .split("\n-- comment\nSELECT 1;   SELECT\n'a\nb';\n\n/* c\n d */ SELECT 3;", 10);
            assertThat(statements).extracting(SqlStatement::line).containsExactly(12, 12, 17);
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void rejectsAStringThatIsNeverClosedNamingItsLine(SqlSyntax syntax) {
            assertThatThrownBy(() -> new SqlStatementSplitter(syntax).split("SELECT 1;\nSELECT 'abc;\nSELECT 3;", 5))
                    .isInstanceOfSatisfying(SqlSplitException.class, e -> {
                        assertThat(e.line()).isEqualTo(6);
                        assertThat(e.problem()).contains("string literal").contains("never closed");
                    });
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void rejectsABlockCommentThatIsNeverClosed(SqlSyntax syntax) {
            assertThatThrownBy(() -> new SqlStatementSplitter(syntax).split("SELECT 1;\n\n/* open; SELECT 2;"))
                    .isInstanceOfSatisfying(SqlSplitException.class, e -> {
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.problem()).contains("/* comment").contains("never closed");
                    });
        }

        @ParameterizedTest
        @EnumSource(SqlSyntax.class)
        void treatsCrLfLikeLf(SqlSyntax syntax) {
            List<SqlStatement> statements =
                    new SqlStatementSplitter(syntax).split("SELECT 1;\r\n-- c;\r\nSELECT 2;\r\n");
            assertThat(statements).containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 3));
        }
    }

    @Nested
    class PostgreSql {

        private List<String> split(String script) {
            return SqlStatementSplitterTest.split(SqlSyntax.POSTGRESQL, script);
        }

        @Test
        void keepsDollarQuotedFunctionBodiesWhole() {
            String function = """
                    CREATE FUNCTION touch() RETURNS trigger AS $$
                    BEGIN
                      NEW.updated := now(); -- a comment with a ' quote
                      RAISE NOTICE 'done; really';
                      RETURN NEW;
                    END;
                    $$ LANGUAGE plpgsql""";
            assertThat(split(function + ";\nSELECT 1;")).containsExactly(function, "SELECT 1");
        }

        @Test
        void matchesTaggedDollarQuotesOnlyWithTheSameTag() {
            String block = "DO $outer$ BEGIN EXECUTE $q$SELECT 1; SELECT '$$';$q$; PERFORM $$x;$$; END $outer$";
            assertThat(split(block + ";SELECT 2")).containsExactly(block, "SELECT 2");
        }

        @Test
        void readsPositionalParametersAndDollarsInNamesAsNoQuote() {
            assertThat(split("PREPARE p AS SELECT $1; SELECT a$b$ FROM t; SELECT 3"))
                    .containsExactly("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t", "SELECT 3");
        }

        @Test
        void keepsBackslashLiteralInStandardStrings() {
            // with standard_conforming_strings a backslash is an ordinary character: 'C:\' ends the string
            assertThat(split("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
        }

        @Test
        void honoursBackslashEscapesInEStrings() {
            assertThat(split("SELECT E'it\\'s; ok'; SELECT e'\\\\'; SELECT 3"))
                    .containsExactly("SELECT E'it\\'s; ok'", "SELECT e'\\\\'", "SELECT 3");
        }

        @Test
        void keepsSemicolonsInQuotedIdentifiers() {
            assertThat(split("CREATE TABLE \"we;ird\"\"name\" (id INT); SELECT 1"))
                    .containsExactly("CREATE TABLE \"we;ird\"\"name\" (id INT)", "SELECT 1");
        }

        @Test
        void nestsBlockComments() {
            assertThat(split("/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2"))
                    .containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void keepsSqlStandardFunctionBodiesWhole() {
            String function = """
                    CREATE OR REPLACE FUNCTION add_one(i int) RETURNS int LANGUAGE sql
                    BEGIN ATOMIC
                      SELECT CASE WHEN i IS NULL THEN 0 ELSE i + 1 END;
                      SELECT i;
                    END""";
            assertThat(split(function + ";\nSELECT 1")).containsExactly(function, "SELECT 1");
        }

        @Test
        void readsBeginWithoutAtomicInAFunctionAsAName() {
            String function =
                    "CREATE FUNCTION spans() RETURNS TABLE (begin int, \"end\" int) LANGUAGE sql AS 'SELECT 1, 2'";
            assertThat(split(function + "; SELECT 1")).containsExactly(function, "SELECT 1");
        }

        @Test
        void doesNotTreatTransactionBeginAsABlock() {
            assertThat(split("BEGIN; SELECT 1; END; SELECT CASE WHEN true THEN 1 END;"))
                    .containsExactly("BEGIN", "SELECT 1", "END", "SELECT CASE WHEN true THEN 1 END");
        }

        @Test
        void readsCastsAsNoLabel() {
            assertThat(split("SELECT '1'::int; SELECT 2")).containsExactly("SELECT '1'::int", "SELECT 2");
        }

        @Test
        void rejectsADollarQuoteThatIsNeverClosed() {
            assertThatThrownBy(() ->
                            new SqlStatementSplitter(SqlSyntax.POSTGRESQL).split("SELECT 1;\nDO $body$ BEGIN END $$;"))
                    .isInstanceOfSatisfying(SqlSplitException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.problem()).contains("$body$").contains("never closed");
                    });
        }
    }

    @Nested
    class MySql {

        private List<String> split(String script) {
            return SqlStatementSplitterTest.split(SqlSyntax.MYSQL, script);
        }

        @Test
        void honoursBackslashEscapesInSingleAndDoubleQuotedStrings() {
            assertThat(split("INSERT INTO t VALUES ('it\\'s; ok', \"say \\\"hi\\\"; \"\"x\"\"\"); SELECT 2"))
                    .containsExactly("INSERT INTO t VALUES ('it\\'s; ok', \"say \\\"hi\\\"; \"\"x\"\"\")", "SELECT 2");
            assertThat(split("SELECT 'C:\\\\'; SELECT 2")).containsExactly("SELECT 'C:\\\\'", "SELECT 2");
        }

        @Test
        void keepsSemicolonsInBacktickIdentifiers() {
            assertThat(split("CREATE TABLE `a;b``c` (id INT); SELECT 1"))
                    .containsExactly("CREATE TABLE `a;b``c` (id INT)", "SELECT 1");
        }

        @Test
        void readsHashCommentsAndDashCommentsOnlyWithASpace() {
            assertThat(split("# a comment; here\nSELECT 1--1;\nSELECT 2 -- x; y\n;SELECT 3 #c;\n;"))
                    .containsExactly("SELECT 1--1", "SELECT 2 -- x; y", "SELECT 3 #c;");
        }

        @Test
        void keepsExecutableCommentsAsStatements() {
            assertThat(
                            split(
                                    "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/* plain */;\nSELECT /*+ NO_INDEX(t) */ 1;"))
                    .containsExactly(
                            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
                            "SELECT /*+ NO_INDEX(t) */ 1");
        }

        @Test
        void doesNotNestBlockComments() {
            assertThat(split("/* a /* b */ SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void keepsAProcedureBodyWithoutDelimiterWhole() {
            String procedure = """
                    CREATE DEFINER = 'root'@'%' PROCEDURE fill(IN n INT)
                    BEGIN
                      DECLARE i INT DEFAULT 0;
                      DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; END;
                      outer_loop: WHILE i < n DO
                        SET i = i + 1;
                        IF i % 2 = 0 THEN
                          INSERT INTO t VALUES (i, 'even; number');
                        ELSEIF i = 3 THEN
                          ITERATE outer_loop;
                        ELSE
                          INSERT INTO t VALUES (IF(i > 5, i, -i), REPEAT('x', 3));
                        END IF;
                      END WHILE outer_loop;
                      REPEAT SET i = i - 1; UNTIL i <= 0 END REPEAT;
                      simple: LOOP LEAVE simple; END LOOP simple;
                      CASE WHEN n > 10 THEN SET i = 1; ELSE BEGIN SET i = 2; END; END CASE;
                      SET i = CASE WHEN n > 1 THEN IF(n > 2, 1, 0) ELSE 2 END;
                    END""";
            assertThat(split(procedure + ";\nCALL fill(3);")).containsExactly(procedure, "CALL fill(3)");
        }

        @Test
        void keepsFunctionAndTriggerAndEventBodiesWhole() {
            String function =
                    "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC\nBEGIN\n  DECLARE y INT;\n  SET y = x * 2;\n  RETURN y;\nEND";
            String trigger =
                    "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  IF NEW.a IS NULL THEN\n    SET NEW.a = 0;\n  END IF;\nEND";
            String event =
                    "CREATE EVENT tidy ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t WHERE a < 0; DELETE FROM u; END";
            assertThat(split(function + ";\n" + trigger + ";\n" + event + ";\nSELECT 1"))
                    .containsExactly(function, trigger, event, "SELECT 1");
        }

        @Test
        void keepsLabelledBodiesAndTriggerOrderingClausesWhole() {
            String procedure =
                    "CREATE OR REPLACE DEFINER=`root`@`localhost` PROCEDURE p()\nmain: BEGIN\n  DECLARE x INT DEFAULT 1;\n"
                            + "  IF x THEN LEAVE main; END IF;\n  inner_block: BEGIN SELECT 1; END inner_block;\nEND main";
            String trigger =
                    "CREATE TRIGGER t_second AFTER INSERT ON t FOR EACH ROW FOLLOWS t_first BEGIN UPDATE u SET n = n + 1; END";
            String function =
                    "CREATE FUNCTION IF NOT EXISTS f() RETURNS INT BEGIN RETURN (SELECT COUNT(*) FROM t); END";
            assertThat(split(procedure + ";\n" + trigger + ";\n" + function + ";"))
                    .containsExactly(procedure, trigger, function);
        }

        @Test
        void endsSingleStatementProgramsAtTheirSemicolon() {
            assertThat(
                            split(
                                    "CREATE FUNCTION one() RETURNS INT RETURN IF(1 > 0, 1, 0); "
                                            + "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1; "
                                            + "CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END IF; SELECT 1"))
                    .containsExactly(
                            "CREATE FUNCTION one() RETURNS INT RETURN IF(1 > 0, 1, 0)",
                            "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
                            "CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END IF",
                            "SELECT 1");
        }

        @Test
        void doesNotTreatTablesOrTransactionsAsPrograms() {
            assertThat(
                            split(
                                    "CREATE TABLE `procedure` (`begin` INT, end_date DATE); BEGIN; INSERT INTO t VALUES (1); COMMIT;"
                                            + " CREATE OR REPLACE VIEW v AS SELECT CASE WHEN a THEN 1 END AS x FROM t; SELECT 2"))
                    .containsExactly(
                            "CREATE TABLE `procedure` (`begin` INT, end_date DATE)",
                            "BEGIN",
                            "INSERT INTO t VALUES (1)",
                            "COMMIT",
                            "CREATE OR REPLACE VIEW v AS SELECT CASE WHEN a THEN 1 END AS x FROM t",
                            "SELECT 2");
        }

        @Test
        void keepsMariaDbAnonymousBlocksWhole() {
            String block = "BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 1;\n  IF x > 0 THEN SELECT 1; END IF;\nEND";
            String ifStatement = "IF (SELECT COUNT(*) FROM t) = 0 THEN INSERT INTO t VALUES (1); END IF";
            assertThat(split(block + ";\n" + ifStatement + ";\nSELECT 2"))
                    .containsExactly(block, ifStatement, "SELECT 2");
        }

        @Test
        void followsTheDelimiterDirective() {
            String script = """
                    DROP PROCEDURE IF EXISTS p;
                    DELIMITER $$
                    CREATE PROCEDURE p()
                    BEGIN
                      SELECT 1;
                      SELECT ';';
                    END$$
                    CREATE FUNCTION f() RETURNS INT RETURN 1 $$
                    delimiter ;
                    CALL p();
                    DELIMITER //
                    SELECT 3//
                    """;
            List<SqlStatement> statements = new SqlStatementSplitter(SqlSyntax.MYSQL).split(script);
            assertThat(statements)
                    .extracting(SqlStatement::sql)
                    .containsExactly(
                            "DROP PROCEDURE IF EXISTS p",
                            "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT ';';\nEND",
                            "CREATE FUNCTION f() RETURNS INT RETURN 1",
                            "CALL p()",
                            "SELECT 3");
            assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 8, 10, 12);
        }

        @Test
        void rejectsADelimiterDirectiveWithoutDelimiter() {
            assertThatThrownBy(() -> new SqlStatementSplitter(SqlSyntax.MYSQL).split("SELECT 1;\nDELIMITER\nSELECT 2;"))
                    .isInstanceOfSatisfying(SqlSplitException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.problem()).contains("DELIMITER needs the new delimiter");
                    });
        }

        @Test
        void readsDelimiterAsANameInsideAStatement() {
            assertThat(split("SELECT delimiter FROM t;\nUPDATE t SET\ndelimiter = 1;"))
                    .containsExactly("SELECT delimiter FROM t", "UPDATE t SET\ndelimiter = 1");
        }
    }

    @Nested
    class H2AndSqlite {

        @Test
        void h2KeepsDollarQuotedSourceAndReadsSlashSlashComments() {
            assertThat(split(
                            SqlSyntax.H2,
                            "CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$;\n// note; here\nSELECT 1"))
                    .containsExactly("CREATE ALIAS f AS $$ String f() { return \"a;b\"; } $$", "SELECT 1");
        }

        @Test
        void h2NestsBlockCommentsAndSqliteDoesNot() {
            assertThat(split(SqlSyntax.H2, "/* a /* b; */ c; */ SELECT 1; SELECT 2"))
                    .containsExactly("SELECT 1", "SELECT 2");
            assertThat(split(SqlSyntax.SQLITE, "/* a /* b */ SELECT 1; SELECT 2"))
                    .containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void h2ReadsBackslashAsAnOrdinaryCharacter() {
            assertThat(split(SqlSyntax.H2, "SELECT 'a\\'; SELECT 2")).containsExactly("SELECT 'a\\'", "SELECT 2");
        }

        @Test
        void sqliteKeepsTriggerBodiesWhole() {
            String trigger = """
                    CREATE TEMP TRIGGER log_insert AFTER INSERT ON t
                    BEGIN
                      INSERT INTO log VALUES (NEW.id, CASE WHEN NEW.a > 0 THEN 'pos;' ELSE 'neg' END);
                      UPDATE t SET seen = 1 WHERE id = NEW.id;
                    END""";
            assertThat(split(SqlSyntax.SQLITE, trigger + ";\nSELECT [odd;name] FROM t; SELECT 2"))
                    .containsExactly(trigger, "SELECT [odd;name] FROM t", "SELECT 2");
        }

        @Test
        void sqliteDoesNotTreatTransactionsAsBlocks() {
            assertThat(split(SqlSyntax.SQLITE, "BEGIN TRANSACTION; SELECT 1; END TRANSACTION;"))
                    .containsExactly("BEGIN TRANSACTION", "SELECT 1", "END TRANSACTION");
        }
    }

    @Test
    void choosesTheSyntaxByDialectName() {
        assertThat(SqlStatementSplitter.forDialect("postgresql").syntax()).isEqualTo(SqlSyntax.POSTGRESQL);
        assertThat(SqlStatementSplitter.forDialect("mariadb").syntax()).isEqualTo(SqlSyntax.MYSQL);
        assertThat(SqlStatementSplitter.forDialect("MySQL").syntax()).isEqualTo(SqlSyntax.MYSQL);
        assertThat(SqlStatementSplitter.forDialect("h2").syntax()).isEqualTo(SqlSyntax.H2);
        assertThat(SqlStatementSplitter.forDialect("sqlite").syntax()).isEqualTo(SqlSyntax.SQLITE);
        assertThatThrownBy(() -> SqlStatementSplitter.forDialect("oracle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'oracle'");
    }
}
