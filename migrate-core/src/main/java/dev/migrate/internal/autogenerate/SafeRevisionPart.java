package dev.migrate.internal.autogenerate;

import dev.migrate.internal.autogenerate.compare.Diff;

/**
 * One revision of what {@code revision --autogenerate --safe} writes: its operations, whether it
 * runs in a transaction, and what it is for (added to the message of all but the first).
 */
public record SafeRevisionPart(String purpose, Diff diff, boolean transactional) {}
