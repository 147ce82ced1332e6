package dev.migrate.internal.importer.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name as Flyway reads it with its default naming: {@code V1_2__add_email.sql} (versioned),
 * {@code U1_2__add_email.sql} (undo), {@code B3__baseline.sql} (baseline), {@code R__views.sql}
 * (repeatable), and the same shapes for Java migrations ({@code V4__Add_admin.java}). Flyway
 * writes a version's separators ({@code _} or {@code .}) as dots and a description's underscores
 * as spaces; so does this.
 *
 * @param kind        which of Flyway's script kinds
 * @param version     the version with dots ({@code 1.2}); {@code null} for a repeatable script
 * @param description the description with spaces, as Flyway records it
 * @param fileName    the file's own name
 * @param java        whether it names a Java migration rather than a SQL script
 */
record FlywayScriptName(Kind kind, String version, String description, String fileName, boolean java) {

    /** Flyway's prefixes. */
    public enum Kind {
        VERSIONED,
        UNDO,
        BASELINE,
        REPEATABLE
    }

    private static final Pattern VERSIONED = Pattern.compile("([VUB])([0-9]+(?:[._][0-9]+)*)__(.*)\\.(sql|java|class)");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.(sql|java|class)");

    /** The file's Flyway meaning, or empty for a file Flyway would not run (README.md, a helper class). */
    public static Optional<FlywayScriptName> parse(String fileName) {
        Matcher repeatable = REPEATABLE.matcher(fileName);
        if (repeatable.matches()) {
            return Optional.of(new FlywayScriptName(
                    Kind.REPEATABLE,
                    null,
                    description(repeatable.group(1)),
                    fileName,
                    !repeatable.group(2).equals("sql")));
        }
        Matcher versioned = VERSIONED.matcher(fileName);
        if (!versioned.matches()) {
            return Optional.empty();
        }
        Kind kind =
                switch (versioned.group(1)) {
                    case "U" -> Kind.UNDO;
                    case "B" -> Kind.BASELINE;
                    default -> Kind.VERSIONED;
                };
        return Optional.of(new FlywayScriptName(
                kind,
                versioned.group(2).replace('_', '.'),
                description(versioned.group(3)),
                fileName,
                !versioned.group(4).equals("sql")));
    }

    private static String description(String raw) {
        return raw.replace('_', ' ');
    }

    /** The version's numbers, for comparing {@code 1.10} after {@code 1.9} and {@code 1.0} equal to {@code 1}. */
    public List<BigInteger> versionParts() {
        return versionParts(version);
    }

    static List<BigInteger> versionParts(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.split("\\.")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** Compares two versions as Flyway orders them: part by part, numerically. */
    public static int compareVersions(String left, String right) {
        List<BigInteger> a = versionParts(left);
        List<BigInteger> b = versionParts(right);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
