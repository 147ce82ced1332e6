package dev.migrate.internal.lint;

/** How bad a finding is: an error fails {@code migrate lint} (exit 1), the others are reported. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
