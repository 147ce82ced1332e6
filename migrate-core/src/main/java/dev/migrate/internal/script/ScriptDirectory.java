package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every revision of the configured locations, checking each before anything runs.
 *
 * <p>A {@code classpath:} location yields the {@code .sql} resources below its directory (in
 * directories and jars, subdirectories included) and the Java revisions of its package and
 * subpackages; a {@code filesystem:} location yields the {@code .sql} files below its directory.
 * Every {@code .sql} file there must be a revision: a location holds nothing else but other
 * kinds of files (a README), which are ignored, as are files and directories whose names start
 * with a dot. A location that does not exist is an error, except the default one
 * ({@value MigrateSettings#DEFAULT_LOCATION}): an application that adds migrate has no revision
 * yet, and a build tool copies no empty resource folder, so there it is an empty history. The same
 * revision id in two scripts is an error. The order is that of the locations, then SQL files by
 * path, then classes by name.
 */
public final class ScriptDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptDirectory.class);

    private static final String SQL_SUFFIX = ".sql";

    private static final Location DEFAULT_LOCATION = Location.parse(MigrateSettings.DEFAULT_LOCATION);

    private final ClassLoader classLoader;
    private final Path cacheFolder;

    private ScriptDirectory(ClassLoader classLoader, Path cacheFolder) {
        this.classLoader = classLoader;
        this.cacheFolder = cacheFolder;
    }

    /**
     * Reads the revisions of {@code locations} ({@code classpath:db/migrations}, {@code filesystem:/path}).
     *
     * @param classLoader where classpath locations are searched; {@code null} for the one that loaded migrate
     * @throws BadInputException naming the location, file, class or revision when anything is wrong
     */
    public static List<RevisionScript> load(List<String> locations, ClassLoader classLoader) {
        return load(locations, classLoader, null);
    }

    /**
     * Reads the revisions of {@code locations} as {@link #load(List, ClassLoader)} does, keeping what
     * it read from {@code filesystem:} locations in {@code cacheFolder} so that the next run reads
     * only the files that changed (see {@link RevisionFileCache}).
     *
     * @param cacheFolder where the cache files are kept; {@code null} reads every file every time
     */
    public static List<RevisionScript> load(List<String> locations, ClassLoader classLoader, Path cacheFolder) {
        if (locations.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "The 'locations' setting is empty. Give at least one location, such as"
                            + " classpath:db/migrations");
        }
        Set<Location> parsed = new LinkedHashSet<>();
        for (String location : locations) {
            parsed.add(Location.parse(location));
        }
        ScriptDirectory directory = new ScriptDirectory(
                classLoader != null ? classLoader : ScriptDirectory.class.getClassLoader(), cacheFolder);
        Map<String, RevisionScript> bySource = new LinkedHashMap<>();
        for (Location location : parsed) {
            // overlapping locations (db and db/migrations) find the same script twice: keep it once
            List<RevisionScript> found = directory.read(location);
            LOG.debug("Found {} revisions in {}", found.size(), location);
            for (RevisionScript script : found) {
                bySource.putIfAbsent(script.source(), script);
            }
        }
        List<RevisionScript> scripts = List.copyOf(bySource.values());
        checkUniqueIds(scripts);
        return scripts;
    }

    private List<RevisionScript> read(Location location) {
        return location.kind() == Location.Kind.CLASSPATH ? readClasspath(location) : readFilesystem(location);
    }

    private List<RevisionScript> readClasspath(Location location) {
        List<ClasspathFiles.ClasspathFile> files =
                ClasspathFiles.list(classLoader, location.path(), name -> isSql(name));
        if (files == null && location.equals(DEFAULT_LOCATION)) {
            LOG.debug("The default location {} does not exist: no revisions yet", location);
            return List.of();
        }
        if (files == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Location '" + location + "' does not exist: no directory '" + location.path()
                            + "' is on the class path. Put the revisions there (for example in src/main/resources/"
                            + location.path() + "; a build copies no empty folder) or fix the 'locations' setting");
        }
        Map<String, ClasspathFiles.ClasspathFile> sqlFiles = new TreeMap<>();
        for (ClasspathFiles.ClasspathFile file : files) {
            if (!isSql(file.path())
                    || isHidden(file.path().substring(location.path().length() + 1))) {
                continue;
            }
            ClasspathFiles.ClasspathFile other = sqlFiles.putIfAbsent(file.path(), file);
            if (other != null && !Arrays.equals(other.content(), file.content())) {
                throw new BadInputException(
                        ErrorKind.BAD_SCRIPT,
                        file.path() + " is on the class path twice with different content, in " + other.origin()
                                + " and in " + file.origin() + ". Remove one of them");
            }
        }
        List<RevisionScript> scripts = new ArrayList<>();
        for (ClasspathFiles.ClasspathFile file : sqlFiles.values()) {
            scripts.add(SqlRevisionParser.parse(file.path(), file.content()));
        }
        scripts.addAll(new JavaRevisionScanner(classLoader).revisions(JavaRevisionScanner.classNames(files)));
        return scripts;
    }

    private List<RevisionScript> readFilesystem(Location location) {
        Path root = Path.of(location.path());
        if (!Files.isDirectory(root)) {
            String what = Files.exists(root) ? "is a file, not a directory" : "does not exist";
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Location '" + location + "' " + what + " (" + root.toAbsolutePath()
                            + "). Create the directory or fix the 'locations' setting");
        }
        List<RevisionScript> scripts = new ArrayList<>();
        RevisionFileCache cache = cacheFolder == null ? null : RevisionFileCache.open(cacheFolder, root);
        try {
            for (Map.Entry<Path, String> file : sqlFilesBelow(root).entrySet()) {
                scripts.add(
                        cache != null
                                ? cache.read(file.getKey(), file.getValue())
                                : SqlRevisionParser.parse(file.getKey().toString(), Files.readAllBytes(file.getKey())));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS, "Could not read location '" + location + "': " + e.getMessage(), e);
        }
        if (cache != null) {
            cache.save();
        }
        return scripts;
    }

    /**
     * The SQL files below {@code root} (symbolic links followed) in the order of their full paths,
     * each with its path relative to {@code root} ({@code /}-separated); hidden files and folders are
     * left out.
     */
    private static Map<Path, String> sqlFilesBelow(Path root) throws IOException {
        // one visit per file, with its attributes read once: a long history's start-up walks every file
        Map<Path, String> found = new TreeMap<>();
        String separator = root.getFileSystem().getSeparator();
        Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                return !directory.equals(root) && isHiddenName(directory)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()
                        && !isHiddenName(file)
                        && isSql(file.getFileName().toString())) {
                    found.put(file, root.relativize(file).toString().replace(separator, "/"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean isHiddenName(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static boolean isSql(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(SQL_SUFFIX);
    }

    /** Whether a relative path has a segment starting with a dot (editor backups, .git). */
    private static boolean isHidden(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void checkUniqueIds(List<RevisionScript> scripts) {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        for (RevisionScript script : scripts) {
            RevisionScript first = byId.putIfAbsent(script.id(), script);
            if (first != null) {
                throw new BadInputException(
                        ErrorKind.BAD_REVISION_GRAPH,
                        "Revision id '" + script.id() + "' is declared twice: in " + first.source() + " and in "
                                + script.source() + ". Give one of them a new id");
            }
        }
    }
}
