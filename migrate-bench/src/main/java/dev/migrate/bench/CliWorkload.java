package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Workload}'s revisions for the command-line tools of benchmark 7: an Alembic project
 * (one Python revision per statement, {@code op.execute} of the same string) and one psql script
 * (each statement in a transaction of its own), beside migrate's SQL revisions.
 */
record CliWorkload(Workload workload) {

    /** Writes the Alembic project and the psql script once; reuses them when already there. */
    static CliWorkload write(Workload workload) {
        // absolute: the tools run in directories of their own
        CliWorkload cli = new CliWorkload(
                new Workload(workload.size(), workload.directory().toAbsolutePath()));
        try {
            if (Files.isRegularFile(cli.psqlScript())) {
                return cli;
            }
            Path versions = cli.alembicScripts().resolve("versions");
            Files.createDirectories(versions);
            Files.writeString(cli.alembicScripts().resolve("env.py"), ENV_PY);
            List<String> statements = workload.statements();
            StringBuilder psql = new StringBuilder();
            for (int i = 1; i <= statements.size(); i++) {
                String id = Workload.revisionId(i);
                String down = i == 1 ? "None" : "'" + Workload.revisionId(i - 1) + "'";
                Files.writeString(
                        versions.resolve(id + "_create_" + Workload.table(i) + ".py"),
                        "\"\"\"create " + Workload.table(i) + "\n\nRevision ID: " + id + "\n\"\"\"\n"
                                + "from alembic import op\n\nrevision = '" + id + "'\ndown_revision = " + down + "\n"
                                + "branch_labels = None\ndepends_on = None\n\n\n"
                                + "def upgrade():\n    op.execute(\"" + statements.get(i - 1) + "\")\n\n\n"
                                + "def downgrade():\n    op.execute(\"DROP TABLE " + Workload.table(i) + "\")\n");
                psql.append("BEGIN;\n").append(statements.get(i - 1)).append(";\nCOMMIT;\n");
            }
            Files.createDirectories(cli.psqlScript().getParent());
            Files.writeString(cli.psqlScript(), psql);
            return cli;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the command-line workload below " + workload.directory(), e);
        }
    }

    /** Alembic's script location: env.py and versions/. */
    Path alembicScripts() {
        return workload.directory().resolve("alembic");
    }

    Path psqlScript() {
        return workload.directory().resolve("psql").resolve("all.sql");
    }

    /** Writes an alembic.ini for one target into {@code directory}: the project's scripts, the target's database. */
    void alembicIni(Path directory, PostgresUrl url) {
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    directory.resolve("alembic.ini"),
                    "[alembic]\nscript_location = " + alembicScripts() + "\nsqlalchemy.url = "
                            + url.sqlAlchemy().replace("%", "%%") + "\n\n" + ALEMBIC_LOGGING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + directory.resolve("alembic.ini"), e);
        }
    }

    /** Writes a migrate.properties for one target into {@code directory}. */
    void migrateProperties(Path directory, String jdbcUrl) {
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    directory.resolve("migrate.properties"),
                    "url = " + jdbcUrl.replace("\\", "\\\\") + "\nlocations = filesystem:" + workload.migrateDirectory()
                            + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + directory.resolve("migrate.properties"), e);
        }
    }

    /**
     * A PostgreSQL JDBC URL as the other clients take it.
     *
     * @param schema the {@code currentSchema} parameter, or {@code null}
     */
    record PostgresUrl(String host, int port, String database, String user, String password, String schema) {

        static PostgresUrl parse(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Map<String, String> parameters = new HashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int equals = pair.indexOf('=');
                    parameters.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return new PostgresUrl(
                    uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(),
                    uri.getPath().substring(1),
                    parameters.getOrDefault("user", System.getProperty("user.name")),
                    parameters.get("password"),
                    parameters.get("currentSchema"));
        }

        /** SQLAlchemy's URL (psycopg2), landing in the same schema through the search path. */
        String sqlAlchemy() {
            String credentials = encode(user) + (password == null ? "" : ":" + encode(password));
            return "postgresql://" + credentials + "@" + host + ":" + port + "/" + database
                    + (schema == null ? "" : "?options=" + encode("-csearch_path=" + schema));
        }

        /** libpq's variables, for psql. */
        Map<String, String> libpqEnvironment() {
            Map<String, String> environment = new HashMap<>(
                    Map.of("PGHOST", host, "PGPORT", String.valueOf(port), "PGDATABASE", database, "PGUSER", user));
            if (password != null) {
                environment.put("PGPASSWORD", password);
            }
            if (schema != null) {
                environment.put("PGOPTIONS", "-c search_path=" + schema);
            }
            return environment;
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** Alembic's generic template's env.py, online mode only, with a transaction per revision as migrate has. */
    private static final String ENV_PY = """
            from logging.config import fileConfig

            from alembic import context
            from sqlalchemy import engine_from_config, pool

            config = context.config
            if config.config_file_name is not None:
                fileConfig(config.config_file_name)

            connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                                             poolclass=pool.NullPool)
            with connectable.connect() as connection:
                context.configure(connection=connection, target_metadata=None, transaction_per_migration=True)
                with context.begin_transaction():
                    context.run_migrations()
            """;

    /** The logging sections of Alembic's generic alembic.ini: its INFO lines on stderr, as migrate's. */
    private static final String ALEMBIC_LOGGING = """
            [loggers]
            keys = root,sqlalchemy,alembic

            [handlers]
            keys = console

            [formatters]
            keys = generic

            [logger_root]
            level = WARN
            handlers = console
            qualname =

            [logger_sqlalchemy]
            level = WARN
            handlers =
            qualname = sqlalchemy.engine

            [logger_alembic]
            level = INFO
            handlers =
            qualname = alembic

            [handler_console]
            class = StreamHandler
            args = (sys.stderr,)
            level = NOTSET
            formatter = generic

            [formatter_generic]
            format = %%(levelname)-5.5s [%%(name)s] %%(message)s
            datefmt = %%H:%%M:%%S
            """;
}
