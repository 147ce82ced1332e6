package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReflectionFilterTest {

    @ParameterizedTest
    @EnumSource(Target.class)
    void excludedTablesAreNeverQueried(Target target) {
        try (LiveDatabase db = target.open()) {
            db.execute(
                    "CREATE TABLE app_users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20))",
                    "CREATE TABLE app_orders (id INTEGER NOT NULL PRIMARY KEY, user_id INTEGER REFERENCES app_users (id))",
                    "CREATE INDEX ix_orders_user ON app_orders (user_id)",
                    "CREATE TABLE audit_log (id INTEGER NOT NULL)");
            RecordingConnection recording = new RecordingConnection(db.connection());

            SchemaModel model = db.dialect()
                    .reflector()
                    .reflect(
                            recording.connection(),
                            ReflectionFilter.defaults().including("app_*").excluding("*_orders"));

            assertThat(model.tables()).extracting(Table::name).containsExactly("app_users");
            assertThat(recording.values())
                    .as("values bound by reflection's queries")
                    .anyMatch(v -> "app_users".equalsIgnoreCase(String.valueOf(v)))
                    .noneMatch(v -> "app_orders".equalsIgnoreCase(String.valueOf(v))
                            || "audit_log".equalsIgnoreCase(String.valueOf(v)));
            assertThat(recording.statements())
                    .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("app_orders"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void migratesOwnTablesAreLeftOut(Target target) {
        try (LiveDatabase db = target.open()) {
            db.execute(
                    "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)",
                    "CREATE TABLE migrate_history (id INTEGER NOT NULL)",
                    "CREATE TABLE migrate_version_lock (id INTEGER NOT NULL)",
                    "CREATE TABLE app_version (version_num VARCHAR(32) NOT NULL)",
                    "CREATE TABLE app_version_lock (id INTEGER NOT NULL)",
                    "CREATE TABLE app_history (id INTEGER NOT NULL)",
                    "CREATE TABLE things (id INTEGER NOT NULL)");
            SchemaReflector reflector = db.dialect().reflector();

            assertThat(reflector
                            .reflect(db.connection(), ReflectionFilter.defaults())
                            .tables())
                    .extracting(Table::name)
                    .containsExactly("app_history", "app_version", "app_version_lock", "things");
            assertThat(reflector
                            .reflect(
                                    db.connection(), ReflectionFilter.defaults().skipping("app_version", "app_history"))
                            .tables())
                    .extracting(Table::name)
                    .containsExactly("migrate_history", "migrate_version", "migrate_version_lock", "things");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void readsTheSchemaTheFilterNames(Target target) {
        try (LiveDatabase db = target.open()) {
            String other = target == Target.H2 ? "OTHER_SCHEMA" : db.schemaName() + "_other";
            String create = target == Target.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ";
            String drop = target == Target.MARIADB ? "DROP DATABASE " : "DROP SCHEMA ";
            db.execute(create + other);
            try {
                db.execute(
                        "CREATE TABLE here (id INTEGER NOT NULL)",
                        "CREATE TABLE " + other + ".there (id INTEGER NOT NULL PRIMARY KEY)",
                        "CREATE TABLE " + other + ".child (id INTEGER NOT NULL, there_id INTEGER, "
                                + "CONSTRAINT fk_child_there FOREIGN KEY (there_id) REFERENCES " + other
                                + ".there (id))");

                // H2 folded the bare name to upper case; the model asks for it as the renderer writes it.
                String asked = target == Target.H2 ? other.toLowerCase(Locale.ROOT) : other;
                SchemaModel model = db.dialect()
                        .reflector()
                        .reflect(db.connection(), ReflectionFilter.defaults().inSchema(asked));

                assertThat(model.tables()).extracting(Table::name).containsExactly("child", "there");
                assertThat(model.tables()).extracting(Table::schema).containsOnly(asked);
                assertThat(model.table("child").orElseThrow().foreignKeys())
                        .singleElement()
                        .satisfies(fk -> {
                            assertThat(fk.referredTable()).isEqualTo("there");
                            assertThat(fk.referredSchema())
                                    .as("same schema as the table")
                                    .isNull();
                        });
            } finally {
                db.execute(drop + other + (target == Target.MARIADB ? "" : " CASCADE"));
            }
        }
    }

    @Test
    void globsMatchWholeNames() {
        ReflectionFilter filter =
                ReflectionFilter.defaults().including("app_*", "t?").excluding("*_tmp");
        // Unlike SQL LIKE, an underscore is itself, and so is a dot (not a regular expression).
        assertThat(List.of(
                        "app_users",
                        "app_users_tmp",
                        "t1",
                        "t12",
                        "xapp_users",
                        "appXusers",
                        "app_x.y",
                        "migrate_version"))
                .filteredOn(filter::accepts)
                .containsExactly("app_users", "t1", "app_x.y");
    }
}
