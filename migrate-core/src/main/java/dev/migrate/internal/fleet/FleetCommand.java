package dev.migrate.internal.fleet;

/** The commands a fleet runs on each tenant. */
public enum FleetCommand {
    UPGRADE,
    DOWNGRADE,
    CURRENT,
    STATUS,
    CHECK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean changesDatabase() {
        return this == UPGRADE || this == DOWNGRADE;
    }
}
