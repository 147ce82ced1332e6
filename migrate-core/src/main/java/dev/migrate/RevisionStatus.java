package dev.migrate;

import dev.migrate.internal.script.RevisionScript;

/**
 * One revision's place in a {@link MigrationStatus}.
 *
 * @param revision    the revision id
 * @param script      the script that declares it, {@code null} when it is {@link RevisionState#UNKNOWN}
 * @param state       applied, stamped, pending or unknown
 * @param lastApplied the history row of its latest successful upgrade or stamp, {@code null} when there is none
 *                    (and always in a status of the heads only)
 * @param unfinished  its latest attempt when that did not complete (it may be partly applied), else {@code null}
 */
public record RevisionStatus(
        String revision,
        RevisionScript script,
        RevisionState state,
        AppliedRevision lastApplied,
        AppliedRevision unfinished) {

    /**
     * Whether the script still has the checksum it had when it was applied; {@code null} when
     * either side has none (Java revisions, revisions never applied).
     */
    public Boolean checksumMatches() {
        if (script == null || lastApplied == null || script.checksum() == null || lastApplied.checksum() == null) {
            return null;
        }
        return script.checksum().equals(lastApplied.checksum());
    }

    /** Whether the script was edited since it was applied (both checksums known and different). */
    public boolean checksumChanged() {
        return Boolean.FALSE.equals(checksumMatches());
    }

    /** Whether its latest attempt did not complete. */
    public boolean isUnfinished() {
        return unfinished != null;
    }
}
