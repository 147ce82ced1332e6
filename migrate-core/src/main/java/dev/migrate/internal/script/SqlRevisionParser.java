package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.script.graph.RevisionNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL revision: the {@code -- key: value} header, then the {@code -- migrate:upgrade}
 * and {@code -- migrate:downgrade} sections.
 *
 * <p>Rules. The file is UTF-8 (a byte-order mark is ignored). Before {@code -- migrate:upgrade}
 * only blank lines and {@code --} comment lines may stand. A comment line whose text starts with
 * a word and a colon ({@code -- revision: …}, {@code -- Note: …}) is a header key and must be one
 * of {@link #KEYS}; any other comment line ({@code -- adds the email column}) is an ordinary
 * comment. A line {@code -- migrate:upgrade} or {@code -- migrate:downgrade} starts a section
 * wherever it stands, even inside a string or function body. Both sections are required, in that
 * order; either may be empty (an empty downgrade makes the revision irreversible). Each section
 * is split on its own when it first runs, by the rules of the dialect it runs on (see
 * {@link dev.migrate.internal.script.sql.SqlStatementSplitter}); a MySQL {@code DELIMITER} line holds until
 * the end of its section. Reading a file checks its header and markers only.
 *
 * <p>The checksum is the SHA-256 (lowercase hex) of the text with line endings turned into
 * {@code \n}, so checking a file out on Windows does not change it.
 */
public final class SqlRevisionParser {

    /** The header keys a SQL revision may use. */
    public static final List<String> KEYS = List.of(
            "revision",
            "down_revision",
            "branch_labels",
            "depends_on",
            "message",
            "transactional",
            "create_date",
            "replaces",
            "lint");

    private static final Pattern MARKER = Pattern.compile("--\\s*migrate:(\\S*)(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY = Pattern.compile("--\\s*([A-Za-z][A-Za-z0-9_]*)\\s*:(?!//)(.*)");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;
    private final String[] lines;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private int upgradeLine = -1;
    private int downgradeLine = -1;

    private SqlRevisionParser(String source, String text) {
        this.source = source;
        this.lines = text.split("\n", -1);
    }

    /**
     * Reads a revision file.
     *
     * @param source  the name used in messages and in {@link RevisionScript#source()}
     * @param content the file's bytes, which must be UTF-8
     * @throws BadInputException naming file and line when the file is malformed
     */
    public static RevisionScript parse(String source, byte[] content) {
        return parse(source, decode(source, content));
    }

    /** Reads a revision from its text; see {@link #parse(String, byte[])}. */
    public static RevisionScript parse(String source, String text) {
        String normalised = normalise(text);
        return new SqlRevisionParser(source, normalised).read(() -> sha256(normalised));
    }

    /** The checksum of a SQL revision's text: SHA-256 of the text with normalised line endings. */
    public static String checksum(String text) {
        return sha256(normalise(text));
    }

    private static String sha256(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String normalise(String text) {
        String withoutMark = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        return withoutMark.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(String source, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    String.format(
                            Locale.ROOT,
                            "%s:%d: the file is not valid UTF-8 (byte 0x%02X at offset %d). Save it as UTF-8.",
                            source,
                            line,
                            content[offset] & 0xFF,
                            offset));
        }
        return out.flip().toString();
    }

    private RevisionScript read(Supplier<String> checksum) {
        for (int i = 0; i < lines.length; i++) {
            readLine(i + 1, lines[i].strip());
        }
        if (upgradeLine < 0) {
            throw error(
                    lastLine(),
                    "there is no '-- migrate:upgrade' line. Put it after the header, above the upgrade"
                            + " statements, and a '-- migrate:downgrade' line above the downgrade statements");
        }
        if (downgradeLine < 0) {
            throw error(
                    lastLine(),
                    "there is no '-- migrate:downgrade' line after '-- migrate:upgrade' (line "
                            + upgradeLine
                            + "). Add it below the upgrade statements; leave its section empty if the revision"
                            + " cannot be undone");
        }
        RevisionNode node = node();
        SqlMigration.Section upgrade = section(upgradeLine + 1, downgradeLine - 1);
        SqlMigration.Section downgrade = section(downgradeLine + 1, lines.length);
        // The sections are split when a run needs them (the runner splits every pending one before
        // running any): loading a long history then reads headers and checksums only.
        SqlMigration migration = new SqlMigration(source, upgrade, downgrade, lintAcknowledgements);
        boolean transactional = transactional();
        return RevisionScript.withChecksumLater(
                node, RevisionScript.Kind.SQL, source, checksum, transactional, migration);
    }

    private void readLine(int line, String text) {
        // Both patterns start with "--": statement lines skip the regular expressions.
        boolean comment = text.startsWith("--");
        if (comment) {
            Matcher marker = MARKER.matcher(text);
            if (marker.matches()) {
                readMarker(line, marker.group(1).toLowerCase(Locale.ROOT), marker.group(2));
                return;
            }
        }
        if (upgradeLine >= 0 || text.isEmpty()) {
            return;
        }
        if (!comment) {
            throw error(
                    line,
                    "SQL before '-- migrate:upgrade'. Only '-- key: value' header lines and '--' comments"
                            + " may come before it; put statements below '-- migrate:upgrade'");
        }
        Matcher key = KEY.matcher(text);
        if (key.matches()) {
            readKey(line, key.group(1), key.group(2).strip());
        }
    }

    private void readMarker(int line, String name, String rest) {
        if (!name.equals("upgrade") && !name.equals("downgrade")) {
            throw error(
                    line,
                    "unknown section marker 'migrate:" + name + "'. The sections are '-- migrate:upgrade'"
                            + " and '-- migrate:downgrade'");
        }
        if (!rest.isBlank()) {
            throw error(line, "unexpected text after '-- migrate:" + name + "'. Put nothing else on that line");
        }
        if (name.equals("upgrade")) {
            if (upgradeLine >= 0) {
                throw error(
                        line,
                        "a second '-- migrate:upgrade' line (the first is on line " + upgradeLine
                                + "). Keep one upgrade section");
            }
            if (downgradeLine >= 0) {
                throw error(
                        line,
                        "'-- migrate:upgrade' after '-- migrate:downgrade' (line " + downgradeLine
                                + "). The upgrade section comes first");
            }
            upgradeLine = line;
        } else {
            if (upgradeLine < 0) {
                throw error(
                        line, "'-- migrate:downgrade' before '-- migrate:upgrade'. The upgrade section comes first");
            }
            if (downgradeLine >= 0) {
                throw error(
                        line,
                        "a second '-- migrate:downgrade' line (the first is on line " + downgradeLine
                                + "). Keep one downgrade section");
            }
            downgradeLine = line;
        }
    }

    private final List<String> lintAcknowledgements = new java.util.ArrayList<>();

    private void readKey(int line, String key, String value) {
        if (!KEYS.contains(key)) {
            throw error(
                    line,
                    "unknown header key '" + key + "'. Known keys: " + String.join(", ", KEYS)
                            + ". (A header comment must not start with a word and a colon; move it below"
                            + " '-- migrate:upgrade' or reword it)");
        }
        if (key.equals("lint")) {
            // one acknowledged lint finding per line, as many lines as needed
            lintAcknowledgements.add(value.strip());
            return;
        }
        Integer first = keyLines.putIfAbsent(key, line);
        if (first != null) {
            throw error(line, "header key '" + key + "' appears twice (first on line " + first + "). Keep one");
        }
        values.put(key, value);
    }

    private RevisionNode node() {
        String id = values.get("revision");
        if (id == null) {
            throw error(
                    1,
                    "there is no '-- revision: <id>' header line. Add one at the top of the file"
                            + " ('migrate revision' generates new revisions with an id)");
        }
        checkId("revision", "revision id", id);
        List<String> down = list("down_revision", "down_revision");
        if (down.contains(id)) {
            throw error(
                    keyLines.get("down_revision"),
                    "revision '" + id + "' names itself in down_revision." + " Name its parent revisions");
        }
        Set<String> labels = new LinkedHashSet<>(list("branch_labels", "branch label"));
        List<String> dependsOn = list("depends_on", "depends_on entry");
        List<String> replaces = list("replaces", "replaced revision");
        if (replaces.contains(id)) {
            throw error(
                    keyLines.get("replaces"),
                    "revision '" + id + "' names itself in replaces." + " List the revisions it squashes");
        }
        return new RevisionNode(id, down, labels, dependsOn, values.getOrDefault("message", ""), replaces);
    }

    /** A comma-separated header value; absent or empty is an empty list. */
    private List<String> list(String key, String what) {
        String value = values.get(key);
        List<String> items = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return items;
        }
        for (String raw : value.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw error(
                        keyLines.get(key),
                        "'" + key + "' has an empty entry in '" + value + "'. Separate entries with single commas");
            }
            checkId(key, what, item);
            if (items.contains(item)) {
                throw error(keyLines.get(key), "'" + key + "' lists '" + item + "' twice. List it once");
            }
            items.add(item);
        }
        return items;
    }

    private void checkId(String key, String what, String value) {
        String problem = RevisionIds.problem(value);
        if (problem != null) {
            throw error(keyLines.get(key), what + " '" + value + "' " + problem);
        }
    }

    private boolean transactional() {
        String value = values.get("transactional");
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw error(keyLines.get("transactional"), "'transactional' must be true or false, not '" + value + "'");
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) as one text. */
    private SqlMigration.Section section(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int line = from; line <= to && line <= lines.length; line++) {
            text.append(lines[line - 1]).append('\n');
        }
        return new SqlMigration.Section(text.toString(), from);
    }

    private int lastLine() {
        int count = lines.length;
        if (count > 1 && lines[count - 1].isEmpty()) {
            count--;
        }
        return count;
    }

    private BadInputException error(int line, String problem) {
        return new BadInputException(ErrorKind.BAD_SCRIPT, source + ":" + line + ": " + problem + ".");
    }
}
