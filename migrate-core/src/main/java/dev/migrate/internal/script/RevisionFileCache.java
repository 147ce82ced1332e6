package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;

/**
 * What the last run read from the SQL files of one {@code filesystem:} location, kept in a file
 * between runs, so that a command over a long history reads only the files that changed since.
 *
 * <p>Per file it keeps the header (the graph node, {@code transactional}, the lint lines), the
 * checksum, and the file's stamp: size, modification time, status-change time, inode and device,
 * as git's index does to tell an unchanged file without reading it. Any write to a file, and any
 * reset of its modification time ({@code touch -d}, {@code cp -p}), moves its status-change time,
 * which no program can set back; a file replaced by another gets another inode. A file whose
 * times are less than {@link #SETTLED} old is not remembered: a second write within the clock's
 * granularity could otherwise leave the same stamp on other content.
 *
 * <p>A remembered file is not read at all until its statements are needed. Then it is read and
 * parsed again, and a file whose header or checksum no longer match what the command started with
 * is refused before anything of it runs.
 *
 * <p>The cache is an optimisation only: a cache file that is missing, unreadable, from another
 * format or for another folder is ignored, and one that cannot be written is skipped, both with a
 * debug line. It needs the file system's {@code unix} attribute view (Linux, macOS); elsewhere
 * every file is read every time.
 */
public final class RevisionFileCache {

    /** Files changed more recently than this are read every time, until they settle. */
    public static final Duration SETTLED = Duration.ofSeconds(3);

    private static final String STAMP_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

    private final Path cacheFile;
    private final String location;
    private final Map<String, Entry> previous;
    private final LongSupplier clock;
    private final Map<String, Entry> current = new TreeMap<>();
    private boolean changed;

    private RevisionFileCache(Path cacheFile, String location, Map<String, Entry> previous, LongSupplier clock) {
        this.cacheFile = cacheFile;
        this.location = location;
        this.previous = previous;
        this.clock = clock;
    }

    /** A file's stamp: what must all be the same for its remembered header to stand for it. */
    record Stamp(long size, long modifiedNanos, long changedNanos, long inode, long device) {

        static Stamp of(Path file) throws IOException {
            Map<String, Object> attributes = Files.readAttributes(file, STAMP_ATTRIBUTES);
            return new Stamp(
                    (Long) attributes.get("size"),
                    nanos(attributes.get("lastModifiedTime")),
                    nanos(attributes.get("ctime")),
                    (Long) attributes.get("ino"),
                    (Long) attributes.get("dev"));
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }

        // Written out, as Location's are: the generated equals is linked through invokedynamic on its first call.
        @Override
        public boolean equals(Object other) {
            return other instanceof Stamp stamp
                    && size == stamp.size
                    && modifiedNanos == stamp.modifiedNanos
                    && changedNanos == stamp.changedNanos
                    && inode == stamp.inode
                    && device == stamp.device;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) ^ Long.hashCode(modifiedNanos) ^ Long.hashCode(inode);
        }

        boolean settledBy(long nowNanos) {
            long settled = nowNanos - SETTLED.toNanos();
            return modifiedNanos < settled && changedNanos < settled;
        }
    }

    /** One remembered file. */
    record Entry(
            Stamp stamp, RevisionNode node, boolean transactional, List<String> lintAcknowledgements, String checksum) {

        static Entry of(Stamp stamp, RevisionScript script) {
            return new Entry(
                    stamp,
                    script.node(),
                    script.transactional(),
                    ((SqlMigration) script.migration()).lintAcknowledgements(),
                    script.checksum());
        }

        boolean describes(RevisionScript script) {
            return node.equals(script.node())
                    && transactional == script.transactional()
                    && lintAcknowledgements.equals(((SqlMigration) script.migration()).lintAcknowledgements())
                    && checksum.equals(script.checksum());
        }
    }

    /**
     * The cache of one location's folder, as the last run left it; {@code null} when this file
     * system cannot stamp files.
     *
     * @param cacheFolder where cache files are kept (created when first written)
     * @param folder      the location's folder
     */
    static RevisionFileCache open(Path cacheFolder, Path folder) {
        return open(cacheFolder, folder, () -> TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()));
    }

    /** {@link #open(Path, Path)} with another clock (nanoseconds since the epoch), to test settling. */
    static RevisionFileCache open(Path cacheFolder, Path folder, LongSupplier clock) {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return null;
        }
        String location = folder.toAbsolutePath().normalize().toString();
        Path cacheFile = cacheFolder.resolve("revisions-" + nameOf(location) + ".cache");
        return new RevisionFileCache(cacheFile, location, RevisionCacheFile.read(cacheFile, location), clock);
    }

    /**
     * The revision in {@code file}: from the cache when the file's stamp is the one remembered
     * (its statements are read when first needed), else read and parsed now, and remembered.
     *
     * @param relative the file's path below the location's folder, with {@code /} separators
     */
    RevisionScript read(Path file, String relative) throws IOException {
        // stamped before reading: a write between the two leaves a stamp that the next run finds changed
        Stamp stamp = Stamp.of(file);
        String source = file.toString();
        Entry known = previous.get(relative);
        if (known != null && known.stamp().equals(stamp)) {
            current.put(relative, known);
            return remembered(source, file, known);
        }
        RevisionScript script = SqlRevisionParser.parse(source, Files.readAllBytes(file));
        if (stamp.settledBy(clock.getAsLong())) {
            current.put(relative, Entry.of(stamp, script));
            changed = true;
        }
        return script;
    }

    /** Writes what this run read, when it differs from what the cache held; failures are only logged. */
    void save() {
        if (changed || !previous.keySet().equals(current.keySet())) {
            RevisionCacheFile.write(cacheFile, location, current);
        }
    }

    private static RevisionScript remembered(String source, Path file, Entry entry) {
        SqlMigration migration =
                SqlMigration.readLater(source, entry.lintAcknowledgements(), () -> readAgain(source, file, entry));
        return new RevisionScript(
                entry.node(), RevisionScript.Kind.SQL, source, entry.checksum(), entry.transactional(), migration);
    }

    private static SqlMigration.Sections readAgain(String source, Path file, Entry entry) {
        RevisionScript script;
        try {
            script = SqlRevisionParser.parse(source, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.FILE_ACCESS, "Could not read " + source + ": " + e.getMessage(), e);
        }
        if (!entry.describes(script)) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    source + " changed while migrate was running: its header or checksum is no longer what the"
                            + " command read at its start. None of its statements ran. Run the command again");
        }
        return ((SqlMigration) script.migration()).sections();
    }

    /** The file this cache is kept in. */
    Path file() {
        return cacheFile;
    }

    /**
     * A short name for a folder. Two folders may share one (the cache file names its folder, so
     * each then only finds the other's cache unusable); a message digest would cost a short command
     * the set-up of the security providers.
     */
    private static String nameOf(String folder) {
        CRC32C crc = new CRC32C();
        crc.update(folder.getBytes(StandardCharsets.UTF_8));
        return Integer.toHexString(folder.hashCode()) + "-" + Long.toHexString(crc.getValue());
    }
}
