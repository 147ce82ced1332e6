package dev.migrate.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.autogenerate.render.JavaCompilation;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Operations} is what revision authors read: every method it declares has Javadoc with an
 * {@code op.…} example, and every example compiles against the real signatures.
 */
class OperationsJavadocTest {

    private static final Path SOURCE = Path.of("src/main/java/dev/migrate/ops/Operations.java");
    private static final Pattern METHOD =
            Pattern.compile("^    (default )?\\w[\\w.<>\\[\\], ]* (\\w+)\\(.*\\)( \\{|;)$");
    private static final Pattern EXAMPLE = Pattern.compile("\\{@code[^}]*\\bop\\.");

    @TempDir
    Path work;

    @Test
    void everyMethodHasJavadocWithAnExample() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE);
        List<String> undocumented = new ArrayList<>();
        int methods = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher method = METHOD.matcher(lines.get(i));
            if (!method.matches() || lines.get(i).contains("private ")) {
                continue;
            }
            methods++;
            String javadoc = javadocAbove(lines, i);
            if (!EXAMPLE.matcher(javadoc).find()) {
                undocumented.add((i + 1) + ": " + lines.get(i).strip());
            }
        }
        long declared = Arrays.stream(Operations.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .count();
        assertThat(methods).as("method declarations found in " + SOURCE).isEqualTo(declared);
        assertThat(undocumented)
                .as("methods of Operations without Javadoc holding an {@code op.…} example")
                .isEmpty();
    }

    @Test
    void everyExampleCompiles() throws IOException {
        List<String> examples = examples(Files.readString(SOURCE));
        assertThat(examples).hasSizeGreaterThan(30);
        String source = """
                package examples;

                import dev.migrate.ops.*;
                import dev.migrate.schema.*;
                import java.util.List;
                import java.util.Map;

                import static dev.migrate.schema.Columns.column;
                import static dev.migrate.schema.Constraints.foreignKey;
                import static dev.migrate.schema.Index.index;
                import static dev.migrate.schema.Sequence.sequence;
                import static dev.migrate.schema.Types.*;

                class OperationsExamples {
                    void all(Operations op) {
                        %s;
                    }
                }
                """.formatted(String.join(";\n        ", examples));
        JavaCompilation.compileInto(
                source, "examples", "OperationsExamples", work, Files.createDirectories(work.resolve("classes")));
    }

    private static String javadocAbove(List<String> lines, int method) {
        int end = method - 1;
        if (end < 0 || !lines.get(end).strip().equals("*/")) {
            return lines.get(Math.max(end, 0)).strip().startsWith("/**") ? lines.get(end) : "";
        }
        StringBuilder javadoc = new StringBuilder();
        for (int i = end; i >= 0 && !lines.get(i).strip().startsWith("/**"); i--) {
            javadoc.insert(0, lines.get(i) + "\n");
        }
        return javadoc.toString();
    }

    /** The {@code {@code op.…}} examples without elisions, as statements without their semicolon. */
    private static List<String> examples(String source) {
        List<String> examples = new ArrayList<>();
        String text = source.replaceAll("\n\\s*\\* ?", " ");
        int at = 0;
        while ((at = text.indexOf("{@code op.", at)) >= 0) {
            int start = at + "{@code ".length();
            int depth = 1;
            int i = start;
            for (; depth > 0; i++) {
                char c = text.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            String example = text.substring(start, i - 1).strip();
            if (!example.contains("...")) {
                examples.add(example.endsWith(";") ? example.substring(0, example.length() - 1) : example);
            }
            at = i;
        }
        return examples;
    }
}
