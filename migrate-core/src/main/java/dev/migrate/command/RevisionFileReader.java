package dev.migrate.command;

import dev.migrate.BadInputException;
import dev.migrate.script.graph.RevisionNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the revisions already written in the folders {@code revision} writes to: the header of
 * each {@code .sql} file and the {@code @Revision} annotation of each {@code .java} source. It
 * reads sources, not compiled classes, so that a second revision made before compiling still
 * finds the first as its parent (Alembic reads its versions folder the same way).
 */
public final class RevisionFileReader {

    private static final Pattern SQL_HEADER = Pattern.compile("--\\s*([A-Za-z_]+)\\s*:(.*)");
    private static final Pattern SQL_SECTION = Pattern.compile("--\\s*migrate:(upgrade|downgrade)\\s*");

    private RevisionFileReader() {
    }

    /** Every revision file in {@code folders} (missing folders hold none), sorted by path. */
    public static List<RevisionFile> read(List<Path> folders) {
        List<RevisionFile> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                    RevisionNode node = readFile(path);
                    if (node != null) {
                        files.add(new RevisionFile(node, path));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read revision folder " + folder, e);
            }
        }
        return files;
    }

    private static RevisionNode readFile(Path path) throws IOException {
        String name = path.getFileName().toString();
        if (name.endsWith(".sql")) {
            return readSql(path, Files.readString(path, StandardCharsets.UTF_8));
        }
        if (name.endsWith(".java")) {
            Map<String, List<String>> annotation = JavaRevisionAnnotation.parse(
                    Files.readString(path, StandardCharsets.UTF_8), path);
            return annotation == null ? null : node(annotation, path, "id", "down", "branchLabels", "dependsOn");
        }
        return null;
    }

    private static RevisionNode readSql(Path path, String text) {
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (SQL_SECTION.matcher(trimmed).matches()) {
                break;
            }
            Matcher entry = SQL_HEADER.matcher(trimmed);
            if (!entry.matches()) {
                break;
            }
            String key = entry.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = entry.group(2).strip();
            header.put(key, key.equals("message") ? List.of(value) : splitList(value));
        }
        if (!header.containsKey("revision")) {
            return null;
        }
        return node(header, path, "revision", "down_revision", "branch_labels", "depends_on");
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static RevisionNode node(Map<String, List<String>> values, Path path, String id, String down,
            String labels, String dependsOn) {
        List<String> ids = values.getOrDefault(id, List.of());
        if (ids.size() != 1) {
            throw new BadInputException("Revision file " + path + " must declare exactly one " + id);
        }
        List<String> message = values.getOrDefault("message", List.of());
        return new RevisionNode(ids.get(0), values.getOrDefault(down, List.of()),
                new java.util.LinkedHashSet<>(values.getOrDefault(labels, List.of())),
                values.getOrDefault(dependsOn, List.of()), message.isEmpty() ? "" : message.get(0));
    }
}
