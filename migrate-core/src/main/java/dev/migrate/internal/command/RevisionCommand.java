package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import dev.migrate.schema.JavaSource;
import dev.migrate.schema.OneLineText;
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

/**
 * {@code revision} and {@code merge}: write a new revision file from the template, based on the
 * current head(s) or on the revisions named, as Alembic's {@code ScriptDirectory.generate_revision}.
 */
public final class RevisionCommand {

    // Python's str(datetime): what Alembic writes after "Create Date:".
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final RevisionFileSettings settings;
    private final Function<List<RevisionFile>, RevisionParents> graph;
    private final RevisionFileWriter files;

    /**
     * @param graph builds the parent lookup from the revision files found, normally {@link #graphOf(List)}
     */
    public RevisionCommand(
            RevisionFileSettings settings,
            Function<List<RevisionFile>, RevisionParents> graph,
            Supplier<LocalDateTime> clock,
            Console console) {
        this.settings = settings;
        this.graph = graph;
        this.files = new RevisionFileWriter(settings, clock, console);
    }

    public RevisionCommand(RevisionFileSettings settings, Console console) {
        this(settings, RevisionCommand::graphOf, LocalDateTime::now, console);
    }

    /** The parent lookup over the revision graph of {@code files}. */
    public static RevisionParents graphOf(List<RevisionFile> files) {
        return new GraphRevisionParents(
                RevisionGraph.of(files.stream().map(RevisionFile::node).toList()));
    }

    /**
     * The parent lookup over the revision files together with the revisions {@code loaded} from the
     * configured locations, the graph {@code upgrade} runs: Java revisions kept in a source folder and
     * SQL revisions kept among the resources are one history. A file wins over a loaded revision of
     * the same id, since it may be newer than what was compiled.
     */
    public static Function<List<RevisionFile>, RevisionParents> graphWith(Supplier<List<RevisionScript>> loaded) {
        return files -> {
            Map<String, RevisionNode> nodes = new LinkedHashMap<>();
            for (RevisionScript script : loaded.get()) {
                nodes.put(script.id(), script.node());
            }
            for (RevisionFile file : files) {
                nodes.put(file.id(), file.node());
            }
            return new GraphRevisionParents(RevisionGraph.of(List.copyOf(nodes.values())));
        };
    }

    /** {@code revision}: a new revision on {@code request.head()} (by default the single head). */
    public Path revision(RevisionRequest request) {
        return generate(request);
    }

    /** {@code merge}: a new revision whose parents are {@code revisions}. */
    public Path merge(List<String> revisions, String message, List<String> branchLabels, String revId) {
        if (revisions.isEmpty()) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "merge needs the revisions to merge, or 'heads'");
        }
        return generate(new RevisionRequest(message, revisions, false, branchLabels, null, revId, null));
    }

    private Path generate(RevisionRequest request) {
        List<RevisionFile> existing = files.existing();
        RevisionParents parents = graph.apply(existing);
        String id = request.revId() == null ? RevisionIds.generate() : RevisionIds.verify(request.revId());
        if (parents.contains(id)) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "Revision " + id + " already exists; choose another --rev-id");
        }
        List<String> heads = new ArrayList<>();
        for (String head : request.head()) {
            heads.addAll(parents.resolveParents(head));
        }
        if (new HashSet<>(heads).size() != heads.size()) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "Duplicate head revisions specified");
        }
        Path folder = files.folder(request.versionPath(), heads, existing);
        if (!request.splice()) {
            for (String head : heads) {
                if (!parents.isHead(head)) {
                    throw new BadInputException(
                            ErrorKind.BAD_TARGET,
                            "Revision " + head + " is not a head revision; please specify "
                                    + "--splice to create a new branch from this revision");
                }
            }
        }
        for (String label : request.branchLabels()) {
            String problem = dev.migrate.internal.script.RevisionIds.problem(label);
            if (problem != null) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE, "Branch label '" + label + "' (--branch-label) " + problem);
            }
            String owner = parents.revisionWithLabel(label);
            if (owner != null) {
                throw new BadInputException(
                        ErrorKind.BAD_REVISION_GRAPH,
                        "Branch name '" + label + "' in revision " + id + " already used by revision " + owner);
            }
        }
        List<String> dependsOn = request.dependsOn().stream()
                .flatMap(d -> Arrays.stream(d.split(",")))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(parents::resolveDependency)
                .toList();
        // As Alembic: without -m the file's slug is empty and its message "empty message". One line: the
        // message goes into a comment or a header line of the file, and into offline scripts.
        String message =
                request.message() == null ? RevisionFileWriter.EMPTY_MESSAGE : OneLineText.of(request.message());
        NewRevision revision = new NewRevision(
                id,
                heads,
                request.branchLabels(),
                dependsOn,
                message,
                files.creationTime(folder, id, request.message()));
        return write(revision, folder, files.baseName(id, request.message(), revision.created()));
    }

    private Path write(NewRevision revision, Path folder, String baseName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("up_revision", revision.id());
        values.put("down_revision", String.join(", ", revision.parents()));
        values.put("branch_labels", String.join(", ", revision.branchLabels()));
        values.put("depends_on", String.join(", ", revision.dependsOn()));
        values.put("create_date", CREATE_DATE.format(revision.created()));
        values.put("upgrades", "");
        values.put("downgrades", "");
        if (settings.format() == RevisionFormat.JAVA) {
            values.put("message", JavaSource.comment(revision.message()));
            values.put("package", settings.javaPackage());
            values.put("class_name", baseName);
            values.put("annotation", JavaRevisionWriter.annotation(revision));
        } else {
            values.put("message", OneLineText.of(revision.message()));
        }
        // an empty value leaves "-- depends_on: " behind; trailing blanks mean nothing in either format
        String text = template().render(values).replaceAll("(?m)[ \t]+$", "");
        return files.write(folder, baseName, text);
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
