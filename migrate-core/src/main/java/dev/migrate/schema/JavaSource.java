package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;

/** Java source spellings of values, so that model objects print as the calls that build them. */
public final class JavaSource {

    private JavaSource() {}

    /** A Java string literal for {@code value} ({@code null} for none), escaped for source code. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        // octal (every ISO control is below \\377): javac turns a \\u escape into the character
                        // itself before it reads the literal, so \\u000a would end the line there
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * {@code text} as one line of a Java comment: no line break, no {@code *}{@code /} that would close
     * it, and no backslash, since javac reads a backslash-u escape even inside comments.
     */
    public static String comment(String text) {
        return OneLineText.of(text).replace("*/", "*&#47;").replace("\\", "&#92;");
    }

    static String strings(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return strings(all);
    }

    static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(string(v));
        }
        return String.join(", ", quoted);
    }
}
