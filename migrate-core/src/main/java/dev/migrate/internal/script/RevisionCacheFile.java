package dev.migrate.internal.script;

import dev.migrate.internal.script.RevisionFileCache.Entry;
import dev.migrate.internal.script.RevisionFileCache.Stamp;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file a {@link RevisionFileCache} is kept in: a mark and a format number, the folder it is
 * for, then per file its relative path, stamp, header and checksum, and the mark again at the end,
 * so that a file cut short (a full disk) is told from a complete one. Integers and longs are
 * big-endian; strings are a length and UTF-8 bytes, lists a count and their strings. Anything that
 * does not read back exactly so is ignored: the cache is then empty.
 */
final class RevisionCacheFile {

    private static final Logger LOG = LoggerFactory.getLogger(RevisionCacheFile.class);

    private static final String MAGIC = "migrate revision file cache";

    /** Raise when what the parser makes of a file changes: caches of the older format are ignored. */
    private static final int FORMAT = 1;

    private RevisionCacheFile() {}

    /** The entries {@code cacheFile} holds for {@code location}, by relative path; empty when it holds none usable. */
    static Map<String, Entry> read(Path cacheFile, String location) {
        if (!Files.isRegularFile(cacheFile)) {
            return Map.of();
        }
        try {
            // read whole and decoded from memory: a thousand entries are read in every run
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(cacheFile));
            if (!MAGIC.equals(readString(in)) || in.getInt() != FORMAT || !location.equals(readString(in))) {
                LOG.debug("Ignoring {}: another format or another folder", cacheFile);
                return Map.of();
            }
            int count = in.getInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String relative = readString(in);
                Stamp stamp = new Stamp(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong());
                RevisionNode node = new RevisionNode(
                        readString(in),
                        readStrings(in),
                        new LinkedHashSet<>(readStrings(in)),
                        readStrings(in),
                        readString(in),
                        readStrings(in));
                entries.put(relative, new Entry(stamp, node, in.get() != 0, readStrings(in), readString(in)));
            }
            if (!MAGIC.equals(readString(in)) || in.hasRemaining()) {
                LOG.debug("Ignoring {}: it does not end where it should", cacheFile);
                return Map.of();
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignoring the revision file cache {}: {}", cacheFile, e.toString());
            return Map.of();
        }
    }

    /** Writes {@code entries} to a file beside {@code cacheFile}, then moves it into place; failures are only logged. */
    static void write(Path cacheFile, String location, Map<String, Entry> entries) {
        Path partial = null;
        try {
            Files.createDirectories(cacheFile.getParent());
            partial = Files.createTempFile(
                    cacheFile.getParent(), cacheFile.getFileName().toString(), ".tmp");
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                writeEntries(out, location, entries);
            }
            move(partial, cacheFile);
            partial = null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the revision file cache {}: {}", cacheFile, e.toString());
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}: {}", partial, e.toString());
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeEntries(DataOutputStream out, String location, Map<String, Entry> entries)
            throws IOException {
        writeString(out, MAGIC);
        out.writeInt(FORMAT);
        writeString(out, location);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> remembered : entries.entrySet()) {
            Entry entry = remembered.getValue();
            Stamp stamp = entry.stamp();
            writeString(out, remembered.getKey());
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
            out.writeLong(stamp.changedNanos());
            out.writeLong(stamp.inode());
            out.writeLong(stamp.device());
            RevisionNode node = entry.node();
            writeString(out, node.id());
            writeStrings(out, node.downRevisions());
            writeStrings(out, List.copyOf(node.branchLabels()));
            writeStrings(out, node.dependsOn());
            writeString(out, node.message());
            writeStrings(out, node.replaces());
            out.writeBoolean(entry.transactional());
            writeStrings(out, entry.lintAcknowledgements());
            writeString(out, entry.checksum());
        }
        // a closing mark: a file cut short (a full disk) is told from a complete one
        writeString(out, MAGIC);
    }

    // strings as length and UTF-8 bytes: writeUTF stops at 64 KiB, and a header line may be longer
    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a string of " + length + " bytes where " + in.remaining() + " remain");
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readStrings(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IOException("a list of " + count + " entries where " + in.remaining() + " bytes remain");
        }
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
