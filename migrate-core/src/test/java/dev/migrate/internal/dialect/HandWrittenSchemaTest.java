package dev.migrate.internal.dialect;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.enumType;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.json;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.smallint;
import static dev.migrate.schema.Types.sqlType;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.timestamp;
import static dev.migrate.schema.Types.timestampWithTimeZone;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schemas written by hand in each database's own dialect, the way existing databases look:
 * reflection must undo the database's own spellings and rewritings.
 */
class HandWrittenSchemaTest {

    private static SchemaModel reflect(LiveDatabase db) {
        return db.dialect().reflector().reflect(db.connection(), ReflectionFilter.defaults());
    }

    @Test
    void postgresSpellingsAndSerials() {
        try (LiveDatabase db = Target.POSTGRES.open()) {
            db.execute(
                    """
                    CREATE TABLE accounts (
                        id serial PRIMARY KEY,
                        big bigserial,
                        name character varying(80) DEFAULT 'x'::character varying,
                        flag bool DEFAULT false,
                        n int4 DEFAULT '5',
                        m int2 DEFAULT (-3),
                        price numeric(8,3) DEFAULT 1.50,
                        at timestamp(6) with time zone DEFAULT now(),
                        g int8 GENERATED ALWAYS AS IDENTITY,
                        tags text[],
                        ip inet,
                        code varchar DEFAULT NULL::character varying,
                        kind text DEFAULT 'plain'::text,
                        CONSTRAINT ck_accounts_n CHECK (n > 0))""",
                    "CREATE UNIQUE INDEX ux_accounts_name ON accounts (lower(name)) WHERE flag",
                    "CREATE SEQUENCE counter START 10 INCREMENT 2 MAXVALUE 1000 CYCLE",
                    "CREATE SEQUENCE down INCREMENT -1");

            SchemaModel model = reflect(db);

            assertThat(model.table("accounts"))
                    .contains(Table.of(
                            "accounts",
                            column("id", integer()).identity().primaryKey(),
                            column("big", bigint()).identity(),
                            column("name", varchar(80)).serverDefault("'x'"),
                            column("flag", bool()).serverDefault("FALSE"),
                            column("n", integer()).serverDefault("5"),
                            column("m", smallint()).serverDefault("-3"),
                            column("price", numeric(8, 3)).serverDefault("1.5"),
                            column("at", timestampWithTimeZone()).serverDefault("CURRENT_TIMESTAMP"),
                            column("g", bigint()).identity(),
                            column("tags", sqlType("text[]")),
                            column("ip", sqlType("inet")),
                            column("code", sqlType("character varying")),
                            column("kind", text()).serverDefault("'plain'"),
                            check("ck_accounts_n", "n > 0"),
                            index("ux_accounts_name", dev.migrate.schema.IndexPart.expression("lower(name::text)"))
                                    .unique()
                                    .where("flag")));
            assertThat(model.sequences())
                    .as("serial sequences belong to their columns")
                    .containsExactly(
                            Sequence.sequence("counter")
                                    .startWith(10)
                                    .incrementBy(2)
                                    .maxValue(1000)
                                    .cycle(),
                            Sequence.sequence("down").incrementBy(-1));
        }
    }

    @Test
    void mariaDbSpellings() {
        try (LiveDatabase db = Target.MARIADB.open()) {
            db.execute(
                    """
                    CREATE TABLE accounts (
                        id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        flag tinyint(1) DEFAULT 1,
                        flag2 boolean NOT NULL DEFAULT false,
                        qty int unsigned,
                        price decimal(8,3) DEFAULT 1.50,
                        d decimal DEFAULT 0,
                        t mediumtext,
                        status enum('a','b''s') DEFAULT 'a',
                        payload json,
                        note varchar(10) DEFAULT NULL,
                        at datetime(6) NOT NULL DEFAULT current_timestamp(6),
                        code varchar(20) COMMENT 'the code',
                        UNIQUE KEY uq_accounts_code (code),
                        KEY ix_accounts_price (price, qty),
                        CONSTRAINT ck_accounts_qty CHECK (qty < 100)
                    ) COMMENT='all accounts'""",
                    """
                    CREATE TABLE entries (
                        id bigint NOT NULL AUTO_INCREMENT,
                        account_id int(11),
                        PRIMARY KEY (id),
                        CONSTRAINT fk_entries_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT ON UPDATE CASCADE)""",
                    "CREATE TABLE extras (id int PRIMARY KEY, account_id int, FOREIGN KEY (account_id) REFERENCES accounts (id))");

            SchemaModel model = reflect(db);

            assertThat(model.table("accounts"))
                    .contains(Table.of(
                                    "accounts",
                                    column("id", integer()).identity().primaryKey(),
                                    column("flag", bool()).serverDefault("TRUE"),
                                    column("flag2", bool()).notNull().serverDefault("FALSE"),
                                    column("qty", sqlType("int(10) unsigned")),
                                    column("price", numeric(8, 3)).serverDefault("1.5"),
                                    column("d", numeric()).serverDefault("0"),
                                    column("t", sqlType("mediumtext")),
                                    column("status", enumType("status", "a", "b's"))
                                            .serverDefault("'a'"),
                                    column("payload", json()),
                                    column("note", varchar(10)),
                                    column("at", timestamp()).notNull().serverDefault("CURRENT_TIMESTAMP"),
                                    column("code", varchar(20)).comment("the code"),
                                    unique("uq_accounts_code", "code"),
                                    check("ck_accounts_qty", "`qty` < 100"),
                                    index("ix_accounts_price", "price", "qty"))
                            .comment("all accounts"));
            assertThat(model.table("entries"))
                    .as("the index MariaDB adds for the foreign key is not listed")
                    .contains(Table.of(
                            "entries",
                            column("id", bigint()).identity().primaryKey(),
                            column("account_id", integer()),
                            foreignKey("fk_entries_account", "account_id", "accounts", "id")
                                    .onUpdate(ReferentialAction.CASCADE)));
            assertThat(model.table("extras"))
                    .as("nor the one it adds for an unnamed foreign key")
                    .contains(Table.of(
                            "extras",
                            column("id", integer()).primaryKey(),
                            column("account_id", integer()),
                            foreignKey("extras_ibfk_1", "account_id", "accounts", "id")));
        }
    }

    @Test
    void h2UpperCaseNamesReadAsTheRendererWritesThem() {
        try (LiveDatabase db = Target.H2.open()) {
            db.execute(
                    """
                    CREATE TABLE Accounts (
                        ID BIGINT AUTO_INCREMENT PRIMARY KEY,
                        Name VARCHAR(20) DEFAULT 'x' NOT NULL,
                        "MixedCase" INT,
                        "lower" BOOLEAN DEFAULT TRUE,
                        Parent_Id BIGINT,
                        CONSTRAINT CK_Positive CHECK (ID > 0),
                        CONSTRAINT FK_Parent FOREIGN KEY (Parent_Id) REFERENCES Accounts (ID) ON DELETE SET NULL)""",
                    "CREATE INDEX Idx_Name ON Accounts (Name, \"MixedCase\")",
                    "COMMENT ON TABLE Accounts IS 'the accounts'",
                    "CREATE SEQUENCE Seq_Numbers START WITH 7");

            SchemaModel model = reflect(db);

            assertThat(model.table("accounts"))
                    .contains(Table.of(
                                    "accounts",
                                    column("id", bigint()).identity().primaryKey(),
                                    column("name", varchar(20)).notNull().serverDefault("'x'"),
                                    column("MixedCase", integer()),
                                    column("lower", bool()).serverDefault("TRUE"),
                                    column("parent_id", bigint()),
                                    check("ck_positive", "id > CAST(0 AS BIGINT)"),
                                    foreignKey("fk_parent", "parent_id", "accounts", "id")
                                            .onDelete(ReferentialAction.SET_NULL),
                                    index("idx_name", "name", "MixedCase"))
                            .comment("the accounts"));
            assertThat(model.sequences())
                    .as("identity sequences are not listed")
                    .containsExactly(Sequence.sequence("seq_numbers").startWith(7));
        }
    }

    @Test
    void sqliteDeclarations() {
        try (LiveDatabase db = Target.SQLITE.open()) {
            db.execute(
                    """
                    CREATE TABLE accounts (
                        id INTEGER PRIMARY KEY,
                        name VARCHAR(20) NOT NULL DEFAULT 'x',
                        score NUMERIC(5, 2) DEFAULT 0.50,
                        anything,
                        CONSTRAINT uq_accounts_name UNIQUE (name))""",
                    "CREATE TABLE notes (id INTEGER NOT NULL, account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE, body TEXT,"
                            + " PRIMARY KEY (id, account_id))",
                    "CREATE INDEX ix_notes_body ON notes (lower(body)) WHERE body IS NOT NULL");

            SchemaModel model = reflect(db);

            assertThat(model.table("accounts"))
                    .contains(Table.of(
                            "accounts",
                            column("id", integer()).identity().primaryKey(),
                            column("name", varchar(20)).notNull().serverDefault("'x'"),
                            column("score", numeric(5, 2)).serverDefault("0.5"),
                            column("anything", sqlType("BLOB")),
                            unique("uq_accounts_name", "name")));
            Table notes = model.table("notes").orElseThrow();
            assertThat(notes.columns()).as("a composite key is no rowid alias").noneMatch(c -> c.isIdentity());
            assertThat(notes.foreignKeys())
                    .containsExactly(new dev.migrate.schema.ForeignKey(
                            null,
                            List.of("account_id"),
                            null,
                            "accounts",
                            List.of("id"),
                            ReferentialAction.CASCADE,
                            null,
                            null));
            assertThat(notes.indexes())
                    .containsExactly(index("ix_notes_body", dev.migrate.schema.IndexPart.expression("lower(body)"))
                            .where("body IS NOT NULL"));
        }
    }
}
