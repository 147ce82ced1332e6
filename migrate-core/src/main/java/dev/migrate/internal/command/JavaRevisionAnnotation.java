package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code @Revision(...)} annotation from Java source text: attribute names with string
 * literals, arrays of them, {@code +} concatenations or {@code true}/{@code false}. Comments are
 * skipped, so an annotation mentioned in Javadoc is not taken for the real one.
 */
final class JavaRevisionAnnotation {

    private final String text;
    private final Path path;
    private int position;

    private JavaRevisionAnnotation(String text, Path path) {
        this.text = text;
        this.path = path;
    }

    /** The annotation's attributes (each as a list of strings), or {@code null} when there is none. */
    static Map<String, List<String>> parse(String source, Path path) {
        return new JavaRevisionAnnotation(source, path).find();
    }

    private Map<String, List<String>> find() {
        while (skipSpaceAndComments() < text.length()) {
            char c = text.charAt(position);
            if (c == '"' || c == '\'') {
                literal();
            } else if (c == '@') {
                position++;
                String name = qualifiedName();
                if (name.equals("Revision") || name.equals("dev.migrate.Revision")) {
                    return attributes();
                }
            } else {
                position++;
            }
        }
        return null;
    }

    private Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        expect('(');
        if (peek() == ')') {
            position++;
            return attributes;
        }
        while (true) {
            String name = qualifiedName();
            expect('=');
            attributes.put(name, value());
            char next = peek();
            position++;
            if (next == ')') {
                return attributes;
            }
            if (next != ',') {
                throw error("expected ',' or ')' in @Revision");
            }
        }
    }

    private List<String> value() {
        List<String> values = new ArrayList<>();
        if (peek() == '{') {
            position++;
            while (peek() != '}') {
                values.add(concatenation());
                if (peek() == ',') {
                    position++;
                }
            }
            position++;
            return values;
        }
        values.add(concatenation());
        return values;
    }

    private String concatenation() {
        if (peek() != '"') {
            String word = qualifiedName();
            if (word.isEmpty()) {
                throw error("expected a string literal in @Revision");
            }
            return word;
        }
        StringBuilder value = new StringBuilder(literal());
        while (peek() == '+') {
            position++;
            skipSpaceAndComments();
            value.append(literal());
        }
        return value.toString();
    }

    private String literal() {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length() && text.charAt(position) != quote) {
            char c = text.charAt(position++);
            if (c == '\\' && position < text.length()) {
                c = text.charAt(position++);
                switch (c) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'u' -> {
                        while (text.charAt(position) == 'u') {
                            position++;
                        }
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> value.append(c);
                }
            } else {
                value.append(c);
            }
        }
        position++;
        return value.toString();
    }

    private String qualifiedName() {
        skipSpaceAndComments();
        int start = position;
        while (position < text.length()
                && (Character.isJavaIdentifierPart(text.charAt(position)) || text.charAt(position) == '.')) {
            position++;
        }
        return text.substring(start, position);
    }

    private char peek() {
        skipSpaceAndComments();
        if (position >= text.length()) {
            throw error("the @Revision annotation is not closed");
        }
        return text.charAt(position);
    }

    private void expect(char expected) {
        if (peek() != expected) {
            throw error("expected '" + expected + "' in @Revision");
        }
        position++;
    }

    private int skipSpaceAndComments() {
        while (position < text.length()) {
            if (Character.isWhitespace(text.charAt(position))) {
                position++;
            } else if (text.startsWith("//", position)) {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", position)) {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return position;
    }

    private BadInputException error(String what) {
        return new BadInputException(ErrorKind.BAD_SCRIPT, "Cannot read revision file " + path + ": " + what);
    }
}
