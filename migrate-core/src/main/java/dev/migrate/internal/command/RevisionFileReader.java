package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.script.SqlRevisionParser;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the revisions already written in the folders {@code revision} writes to: each {@code .sql}
 * file (with the loader's parser) and the {@code @Revision} annotation of each {@code .java} source. It
 * reads sources, not compiled classes, so that a second revision made before compiling still
 * finds the first as its parent (Alembic reads its versions folder the same way).
 */
public final class RevisionFileReader {

    private RevisionFileReader() {}

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
            return SqlRevisionParser.parse(path.toString(), Files.readAllBytes(path))
                    .node();
        }
        if (name.endsWith(".java")) {
            Map<String, List<String>> annotation =
                    JavaRevisionAnnotation.parse(Files.readString(path, StandardCharsets.UTF_8), path);
            return annotation == null ? null : javaNode(annotation, path);
        }
        return null;
    }

    private static RevisionNode javaNode(Map<String, List<String>> annotation, Path path) {
        List<String> ids = annotation.getOrDefault("id", List.of());
        if (ids.size() != 1) {
            throw new BadInputException(ErrorKind.BAD_SCRIPT, "Revision file " + path + ": @Revision must have one id");
        }
        List<String> message = annotation.getOrDefault("message", List.of());
        return new RevisionNode(
                ids.get(0),
                annotation.getOrDefault("down", List.of()),
                new LinkedHashSet<>(annotation.getOrDefault("branchLabels", List.of())),
                annotation.getOrDefault("dependsOn", List.of()),
                message.isEmpty() ? "" : message.get(0),
                annotation.getOrDefault("replaces", List.of()));
    }
}
