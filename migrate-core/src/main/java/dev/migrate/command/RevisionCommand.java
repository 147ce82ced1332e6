package dev.migrate.command;

import dev.migrate.BadInputException;
import dev.migrate.MigrateException;
import dev.migrate.script.graph.RevisionGraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code revision} and {@code merge}: write a new revision file from the template, based on the
 * current head(s) or on the revisions named, as Alembic's {@code ScriptDirectory.generate_revision}.
 */
public final class RevisionCommand {

    // Python's str(datetime): what Alembic writes after "Create Date:".
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final RevisionFileSettings settings;
    private final Function<List<RevisionFile>, RevisionParents> graph;
    private final Supplier<LocalDateTime> clock;
    private final Console console;

    /**
     * @param graph builds the parent lookup from the revision files found, normally {@link #graphOf(List)}
     */
    public RevisionCommand(RevisionFileSettings settings, Function<List<RevisionFile>, RevisionParents> graph,
            Supplier<LocalDateTime> clock, Console console) {
        this.settings = settings;
        this.graph = graph;
        this.clock = clock;
        this.console = console;
    }

    public RevisionCommand(RevisionFileSettings settings, Console console) {
        this(settings, RevisionCommand::graphOf, LocalDateTime::now, console);
    }

    /** The parent lookup over the revision graph of {@code files}. */
    public static RevisionParents graphOf(List<RevisionFile> files) {
        return new GraphRevisionParents(RevisionGraph.of(files.stream().map(RevisionFile::node).toList()));
    }

    /** {@code revision}: a new revision on {@code request.head()} (by default the single head). */
    public Path revision(RevisionRequest request) {
        return generate(request);
    }

    /** {@code merge}: a new revision whose parents are {@code revisions}. */
    public Path merge(List<String> revisions, String message, List<String> branchLabels, String revId) {
        if (revisions.isEmpty()) {
            throw new BadInputException("merge needs the revisions to merge, or 'heads'");
        }
        return generate(new RevisionRequest(message, revisions, false, branchLabels, null, revId, null));
    }

    private Path generate(RevisionRequest request) {
        List<RevisionFile> existing = RevisionFileReader.read(settings.versionLocations());
        RevisionParents parents = graph.apply(existing);
        String id = request.revId() == null ? RevisionIds.generate() : RevisionIds.verify(request.revId());
        if (parents.contains(id)) {
            throw new BadInputException("Revision " + id + " already exists; choose another --rev-id");
        }
        List<String> heads = new ArrayList<>();
        for (String head : request.head()) {
            heads.addAll(parents.resolveParents(head));
        }
        if (new HashSet<>(heads).size() != heads.size()) {
            throw new BadInputException("Duplicate head revisions specified");
        }
        Path folder = versionFolder(request.versionPath(), heads, existing);
        if (!request.splice()) {
            for (String head : heads) {
                if (!parents.isHead(head)) {
                    throw new BadInputException("Revision " + head + " is not a head revision; please specify "
                            + "--splice to create a new branch from this revision");
                }
            }
        }
        for (String label : request.branchLabels()) {
            String owner = parents.revisionWithLabel(label);
            if (owner != null) {
                throw new BadInputException("Branch name '" + label + "' in revision " + id
                        + " already used by revision " + owner);
            }
        }
        List<String> dependsOn = request.dependsOn().stream()
                .flatMap(d -> Arrays.stream(d.split(","))).map(String::strip).filter(d -> !d.isEmpty())
                .map(parents::resolveDependency).toList();
        String message = request.message() == null ? "empty message" : request.message();
        NewRevision revision = new NewRevision(id, heads, request.branchLabels(), dependsOn, message,
                creationTime(folder, id, message));
        return write(revision, folder);
    }

    private Path versionFolder(String versionPath, List<String> heads, List<RevisionFile> existing) {
        List<Path> locations = settings.versionLocations();
        if (versionPath != null) {
            Path wanted = Path.of(versionPath).toAbsolutePath().normalize();
            return locations.stream().filter(l -> l.toAbsolutePath().normalize().equals(wanted)).findFirst()
                    .orElseThrow(() -> new BadInputException("Path " + versionPath
                            + " is not represented in current version locations"));
        }
        if (locations.isEmpty()) {
            throw new BadInputException("No version_locations are configured; set version_locations to the "
                    + "folder new revisions are written to");
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        for (String head : heads) {
            for (RevisionFile file : existing) {
                if (file.id().equals(head)) {
                    return file.path().getParent();
                }
            }
        }
        throw new BadInputException("Multiple version locations present, please specify --version-path");
    }

    /**
     * Now, or a second later than the newest file when that one was made within the same second:
     * names that start with the time would otherwise sort by the random id.
     */
    private LocalDateTime creationTime(Path folder, String id, String message) {
        LocalDateTime created = clock.get().withNano(clock.get().getNano() / 1000 * 1000);
        String newest = newestFileName(folder);
        for (int attempt = 0; attempt < 120 && newest != null; attempt++) {
            String name = fileName(id, message, created);
            if (name.compareTo(newest) > 0 || name.equals(fileName(id, message, created.plusSeconds(1)))) {
                break;
            }
            created = created.plusSeconds(1);
        }
        return created;
    }

    private String newestFileName(Path folder) {
        String extension = "." + settings.format().extension();
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .max(String::compareTo).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fileName(String id, String message, LocalDateTime created) {
        String baseName = settings.fileNames().render(id, message, created);
        return (settings.format() == RevisionFormat.JAVA ? JavaNames.className(baseName) : baseName)
                + "." + settings.format().extension();
    }

    private Path write(NewRevision revision, Path folder) {
        String baseName = settings.fileNames().render(revision.id(), revision.message(), revision.created());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("up_revision", revision.id());
        values.put("down_revision", String.join(", ", revision.parents()));
        values.put("branch_labels", String.join(", ", revision.branchLabels()));
        values.put("depends_on", String.join(", ", revision.dependsOn()));
        values.put("create_date", CREATE_DATE.format(revision.created()));
        values.put("upgrades", "");
        values.put("downgrades", "");
        if (settings.format() == RevisionFormat.JAVA) {
            baseName = JavaNames.className(baseName);
            values.put("message", revision.message().replace("*/", "*&#47;"));
            values.put("package", settings.javaPackage());
            values.put("class_name", baseName);
            values.put("annotation", JavaRevisionWriter.annotation(revision));
        } else {
            values.put("message", revision.message().replaceAll("\\R", " "));
        }
        Path file = folder.resolve(baseName + "." + settings.format().extension());
        // an empty value leaves "-- depends_on: " behind; trailing blanks mean nothing in either format
        String text = template().render(values).replaceAll("(?m)[ \t]+$", "");
        ensureDirectory(folder);
        console.status("Generating " + file.toAbsolutePath(), () -> writeNew(file, text));
        return file;
    }

    private void ensureDirectory(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (!Files.exists(absolute)) {
            console.status("Creating directory " + absolute, () -> {
                try {
                    Files.createDirectories(absolute);
                } catch (IOException e) {
                    throw new MigrateException("Cannot create " + absolute + ": " + e.getMessage(), e);
                }
            });
        }
    }

    /** Writes a new revision file; an existing one is never overwritten. */
    static void writeNew(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BadInputException("File " + file + " already exists; change file_template or try again");
        } catch (IOException e) {
            throw new MigrateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private ScriptTemplate template() {
        String name = settings.format().scriptTemplateFileName();
        if (settings.scriptLocation() != null) {
            Path edited = settings.scriptLocation().resolve(name);
            if (Files.isRegularFile(edited)) {
                try {
                    return new ScriptTemplate(edited.toString(), Files.readString(edited, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return builtInTemplate(name);
    }

    /** A template shipped in the core (the ones {@code init} copies). */
    static ScriptTemplate builtInTemplate(String name) {
        try (InputStream in = RevisionCommand.class.getResourceAsStream("templates/" + name)) {
            Objects.requireNonNull(in, "missing built-in template " + name);
            return new ScriptTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
