package dev.migrate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output Alembic printed for the graph in migrate-test-support's src/main/resources/dev/migrate/testing/golden (see
 * its README), and the comparison rules: paths become file names without extension (Alembic's .py,
 * our .sql) and a branch point's children are sorted (Alembic lists them in hash-set order).
 */
public final class AlembicGolden {

    /** The graph's revision files, as resources below {@code dev/migrate/testing/golden/versions/}. */
    public static final List<String> VERSION_FILES = List.of(
            "77770000000a_standalone.sql",
            "8888000000c0_after_merge.sql",
            "99990000000b_audit_users.sql",
            "aaaa00000001_create_users.sql",
            "bbbb00000002_add_email.sql",
            "cccc00000003_billing_root.sql",
            "dddd00000004_invoices.sql",
            "eeee00000005_merge_billing.sql",
            "ffff00000006_audit_log.sql");

    private AlembicGolden() {}

    /** What Alembic printed, recorded in {@code golden/alembic/<name>}. */
    public static String alembic(String name) {
        return resource("alembic/" + name);
    }

    /** One of {@link #VERSION_FILES}. */
    public static String version(String file) {
        return resource("versions/" + file);
    }

    public static String normalize(String text) {
        String paths = text.replaceAll("(?m)^Path: .*/([^/]+)\\.(py|sql)$", "Path: $1");
        Matcher branches = Pattern.compile("(?m)^Branches into: (.*)$").matcher(paths);
        StringBuilder sorted = new StringBuilder();
        while (branches.find()) {
            String[] children = branches.group(1).split(", ");
            Arrays.sort(children);
            branches.appendReplacement(
                    sorted, Matcher.quoteReplacement("Branches into: " + String.join(", ", children)));
        }
        branches.appendTail(sorted);
        return sortArrowRuns(sorted.toString());
    }

    private static String sortArrowRuns(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).matches(" +-> .*")) {
                end++;
            }
            if (end > start) {
                lines.subList(start, end).sort(null);
                start = end;
            } else {
                start++;
            }
        }
        return String.join("\n", lines);
    }

    private static String resource(String name) {
        try (InputStream in = AlembicGolden.class.getResourceAsStream("golden/" + name)) {
            if (in == null) {
                throw new AssertionError("no golden resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
