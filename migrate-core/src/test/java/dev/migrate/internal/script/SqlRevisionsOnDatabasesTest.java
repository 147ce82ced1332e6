package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL revisions with the bodies that trip naive splitters, run on the real databases. */
class SqlRevisionsOnDatabasesTest {

    private static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void runsPostgresFunctionsTriggersAndBlocks() throws Exception {
        RevisionScript script = SqlRevisionParser.parse("pg.sql", """
                -- revision: pg1
                -- message: dollar quotes and friends
                -- migrate:upgrade
                CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT NOT NULL, stamped TEXT);

                /* a trigger function whose body is full of semicolons /* and a nested comment; */ */
                CREATE FUNCTION stamp_note() RETURNS trigger AS $$
                BEGIN
                  -- a ' quote; in a comment
                  NEW.stamped := 'stamped; by ' || TG_NAME || $q$ with 'quotes' $q$;
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;

                CREATE TRIGGER notes_stamp BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION stamp_note();

                CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN i IS NULL THEN 0 ELSE i + 1 END;
                END;

                DO $fill$
                BEGIN
                  INSERT INTO notes (body) VALUES ('first; note');
                  INSERT INTO notes (body) VALUES (E'it\\'s; second');
                END
                $fill$;
                INSERT INTO notes (body) VALUES ('C:\\temp\\'); INSERT INTO notes (body) VALUES ('x' || add_one(41));
                -- migrate:downgrade
                DROP TABLE notes;
                DROP FUNCTION stamp_note();
                DROP FUNCTION add_one(int);
                """);
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES);
                Connection connection = db.connect()) {
            JdbcOperations op = new JdbcOperations(connection, "postgresql");
            script.migration().upgrade(op);

            assertThat(column(connection, "SELECT body FROM notes ORDER BY id"))
                    .containsExactly("first; note", "it's; second", "C:\\temp\\", "x42");
            assertThat(column(connection, "SELECT DISTINCT stamped FROM notes"))
                    .containsExactly("stamped; by notes_stamp with 'quotes' ");

            script.migration().downgrade(op);
            assertThat(column(
                            connection,
                            "SELECT COUNT(*) FROM pg_proc WHERE proname IN ('stamp_note', 'add_one')"
                                    + " AND pronamespace = current_schema()::regnamespace"))
                    .containsExactly("0");
        }
    }

    @Test
    void runsMariaDbProceduresTriggersAndFunctionsWrittenWithoutDelimiter() throws Exception {
        RevisionScript script = SqlRevisionParser.parse("maria.sql", """
                -- revision: my1
                -- migrate:upgrade
                # MySQL comments and executable comments
                /*!40101 SET @saved_mode = @@SQL_MODE */;
                CREATE TABLE counters (n INT NOT NULL, label VARCHAR(50), `weird;name` VARCHAR(20) DEFAULT "a;b");

                CREATE TRIGGER counters_label BEFORE INSERT ON counters FOR EACH ROW
                BEGIN
                  IF NEW.label IS NULL THEN
                    SET NEW.label = CONCAT('n=', NEW.n, ';');
                  END IF;
                END;

                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC
                BEGIN
                  DECLARE y INT DEFAULT 0;
                  SET y = CASE WHEN x IS NULL THEN 0 ELSE x * 2 END;
                  RETURN y;
                END;

                CREATE DEFINER = CURRENT_USER PROCEDURE fill(IN upto INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  counting: WHILE i < upto DO
                    SET i = i + 1;
                    IF i = 2 THEN
                      ITERATE counting;
                    ELSEIF i = 4 THEN
                      BEGIN
                        INSERT INTO counters (n, label) VALUES (twice(i), 'it\\'s; four');
                      END;
                    ELSE
                      CASE WHEN i > 4 THEN INSERT INTO counters (n) VALUES (i * 100); ELSE INSERT INTO counters (n) VALUES (i); END CASE;
                    END IF;
                  END WHILE counting;
                  REPEAT SET i = i - 1; UNTIL i <= 0 END REPEAT;
                END;

                CALL fill(5);
                -- migrate:downgrade
                DROP PROCEDURE fill;
                DROP FUNCTION twice;
                DROP TABLE counters;
                """);
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB);
                Connection connection = db.connect()) {
            JdbcOperations op = new JdbcOperations(connection, "mariadb");
            script.migration().upgrade(op);

            assertThat(column(connection, "SELECT CONCAT(n, ' ', label, ' ', `weird;name`) FROM counters ORDER BY n"))
                    .containsExactly("1 n=1; a;b", "3 n=3; a;b", "8 it's; four a;b", "500 n=500; a;b");

            script.migration().downgrade(op);
            assertThat(column(
                            connection,
                            "SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = DATABASE()"))
                    .containsExactly("0");
        }
    }

    @Test
    void runsMariaDbProgramsWrittenWithDelimiter() throws Exception {
        RevisionScript script = SqlRevisionParser.parse("delimiter.sql", """
                -- revision: my2
                -- migrate:upgrade
                CREATE TABLE log (msg VARCHAR(50));
                DELIMITER $$
                CREATE PROCEDURE say(IN m VARCHAR(40))
                BEGIN
                  INSERT INTO log VALUES (CONCAT(m, ';'));
                END$$
                DELIMITER ;
                CALL say('hello');
                -- migrate:downgrade
                DROP PROCEDURE say;
                DROP TABLE log;
                """);
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB);
                Connection connection = db.connect()) {
            script.migration().upgrade(new JdbcOperations(connection, "mariadb"));
            assertThat(column(connection, "SELECT msg FROM log")).containsExactly("hello;");
        }
    }

    @Test
    void runsH2ScriptsWithQuotedSemicolons() throws Exception {
        RevisionScript script = SqlRevisionParser.parse("h2.sql", """
                -- revision: h1
                -- migrate:upgrade
                CREATE TABLE "semi;colon" (id INT, txt VARCHAR(50));
                // an H2 comment; with a semicolon
                INSERT INTO "semi;colon" VALUES (1, 'a;b'), (2, 'it''s;'), (3, $$dollar;quoted$$);
                -- migrate:downgrade
                DROP TABLE "semi;colon";
                """);
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2);
                Connection connection = db.connect()) {
            script.migration().upgrade(new JdbcOperations(connection, "h2"));
            assertThat(column(connection, "SELECT txt FROM \"semi;colon\" ORDER BY id"))
                    .containsExactly("a;b", "it's;", "dollar;quoted");
        }
    }

    @Test
    void namesFileAndLineOfTheStatementTheDatabaseRejects() throws Exception {
        RevisionScript script = SqlRevisionParser.parse("db/migrations/broken.sql", """
                -- revision: b1
                -- migrate:upgrade
                CREATE TABLE fine (id INT);

                INSERT INTO
                  missing_table VALUES (1);
                -- migrate:downgrade
                """);
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2);
                Connection connection = db.connect()) {
            assertThatThrownBy(() -> script.migration().upgrade(new JdbcOperations(connection, "h2")))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("db/migrations/broken.sql:5: ")
                    .hasMessageContaining("MISSING_TABLE");
        }
    }
}
