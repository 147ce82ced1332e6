package dev.migrate.internal.command;

import dev.migrate.schema.JavaSource;
import java.util.ArrayList;
import java.util.List;

/** Writes the {@code @Revision} annotation of a new Java revision as Java source. */
final class JavaRevisionWriter {

    private static final int LINE_LENGTH = 100;

    private JavaRevisionWriter() {}

    static String annotation(NewRevision revision) {
        List<String> attributes = new ArrayList<>();
        attributes.add("id = " + literal(revision.id()));
        if (!revision.parents().isEmpty()) {
            attributes.add("down = " + array(revision.parents()));
        }
        if (!revision.branchLabels().isEmpty()) {
            attributes.add("branchLabels = " + array(revision.branchLabels()));
        }
        if (!revision.dependsOn().isEmpty()) {
            attributes.add("dependsOn = " + array(revision.dependsOn()));
        }
        attributes.add("message = " + literal(revision.message()));
        String oneLine = "@Revision(" + String.join(", ", attributes) + ")";
        if (oneLine.length() <= LINE_LENGTH) {
            return oneLine;
        }
        return "@Revision(\n        " + String.join(",\n        ", attributes) + ")";
    }

    private static String array(List<String> values) {
        if (values.size() == 1) {
            return literal(values.get(0));
        }
        List<String> literals = values.stream().map(JavaRevisionWriter::literal).toList();
        return "{" + String.join(", ", literals) + "}";
    }

    static String literal(String value) {
        return JavaSource.string(value);
    }
}
