package dev.migrate.spring.boot.actuate;

import dev.migrate.runtime.AppliedRevision;
import dev.migrate.script.RevisionScript;

/**
 * One revision's place in a {@link MigrationStatus}.
 *
 * @param revision the revision id
 * @param script the script that declares it, {@code null} when it is {@link RevisionState#UNKNOWN}
 * @param state applied, pending or unknown
 * @param lastApplied the history row of its latest successful upgrade or stamp, {@code null} when there is none
 */
public record RevisionStatus(String revision, RevisionScript script, RevisionState state, AppliedRevision lastApplied) {

    /**
     * Whether the script still has the checksum it had when it was applied; {@code null} when
     * either side has none (Java revisions, revisions never applied).
     * @return the comparison, or {@code null}
     */
    public Boolean checksumMatches() {
        if (this.script == null || this.lastApplied == null || this.script.checksum() == null
                || this.lastApplied.checksum() == null) {
            return null;
        }
        return this.script.checksum().equals(this.lastApplied.checksum());
    }

}
