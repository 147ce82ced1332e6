package dev.migrate.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every database difference in the dialect package (DESIGN.md, "Dialect owns every database
 * difference"): no main source of the core, the CLI, the Boot module or the Maven plugin outside
 * {@code internal/dialect} compares with a database's name. A new database then needs only a new
 * dialect. Read from the sources, because a compiled class no longer shows where a string came from;
 * comment and Javadoc lines may name databases.
 */
class DialectNamesStayInDialectTest {

    private static final List<String> MODULES =
            List.of("migrate-core", "migrate-cli", "migrate-spring-boot-autoconfigure", "migrate-maven-plugin");

    private static final Pattern DATABASE_NAME =
            Pattern.compile("\"(postgresql|postgres|mariadb|mysql|h2|sqlite)\"", Pattern.CASE_INSENSITIVE);

    private static final String DIALECT_PACKAGE = "dev/migrate/internal/dialect/";

    @Test
    void noSourceOutsideTheDialectPackageNamesADatabase() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        // the tests run in migrate-core's folder; the other modules are its siblings
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src", "main", "java");
            assertTrue(Files.isDirectory(sources), "missing sources of " + module + ": " + sources.toAbsolutePath());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(DIALECT_PACKAGE)) {
                    continue;
                }
                scanned++;
                found.addAll(namesIn(file, module + "/src/main/java/" + relative));
            }
        }
        assertTrue(scanned > 100, "scanned only " + scanned + " files: are the module folders where they were?");
        assertEquals(
                List.of(),
                found,
                "database names outside dev.migrate.internal.dialect: give Dialect a method for the difference");
    }

    private static List<String> namesIn(Path file, String shown) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue;
            }
            if (DATABASE_NAME.matcher(line).find()) {
                found.add(shown + ":" + (i + 1) + ": " + line);
            }
        }
        return found;
    }
}
