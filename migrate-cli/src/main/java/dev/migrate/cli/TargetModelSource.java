package dev.migrate.cli;

import dev.migrate.schema.SchemaModel;
import java.util.List;

/**
 * Where {@code check} and {@code revision --autogenerate} get the schema the database should
 * have. The program builds it from the {@code @Entity} classes of the packages named by
 * {@code --entities} (or the {@code entities} setting) found on the {@code classpath} setting; an
 * application that embeds the CLI ({@link MigrateCli#execute(java.util.function.Function,
 * TargetModelSource, List, java.io.PrintStream, java.io.PrintStream)}), such as Spring Boot's
 * command mode, passes its own, e.g. from its running EntityManagerFactory's metadata.
 */
@FunctionalInterface
public interface TargetModelSource {

    /**
     * The target schema for a database of {@code dialect}.
     *
     * @param entityPackages the packages given with {@code --entities}, else those of the
     *                       {@code entities} setting; empty when neither names any
     * @param dialect        the connected database's dialect: {@code postgresql}, {@code mariadb},
     *                       {@code h2} or {@code sqlite}
     * @throws dev.migrate.BadInputException when the packages are needed and missing or hold no entity
     */
    SchemaModel targetModel(List<String> entityPackages, String dialect);
}
