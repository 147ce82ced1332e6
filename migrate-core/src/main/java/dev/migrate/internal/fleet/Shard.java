package dev.migrate.internal.fleet;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} disjoint parts of a tenant set, chosen by a stable hash of the tenant's
 * id, so that N machines each given their index take every tenant exactly once without talking
 * to each other, and a tenant stays in its shard when others are added or removed. The index is
 * 0-based, as a Kubernetes Indexed Job's {@code JOB_COMPLETION_INDEX}.
 */
public record Shard(int index, int count) {

    /** The whole set. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "--shard " + index + "/" + count + " is not a shard: give i/n with n >= 1 and"
                            + " 0 <= i < n (0-based, as a Kubernetes Indexed Job's JOB_COMPLETION_INDEX), e.g. 0/3, 1/3, 2/3");
        }
    }

    /** Reads {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/");
        if (parts.length != 2) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "--shard '" + text + "' is not i/n: give the 0-based index and the count,"
                            + " e.g. --shard 0/3 (a Kubernetes Indexed Job: --shard ${JOB_COMPLETION_INDEX}/3)");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "--shard '" + text + "' is not i/n with whole numbers, e.g. --shard 0/3");
        }
    }

    /** Whether {@code tenant} belongs to this shard. */
    public boolean contains(Tenant tenant) {
        return count == 1 || Long.remainderUnsigned(hash(tenant.id()), count) == index;
    }

    /** The first 8 bytes of SHA-256 of the id: the same on every JVM, unlike a hash table's order. */
    static long hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
