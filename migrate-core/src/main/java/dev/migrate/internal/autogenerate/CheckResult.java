package dev.migrate.internal.autogenerate;

import java.util.List;

/**
 * The outcome of {@code check}: clean when autogenerate would generate nothing.
 *
 * @param differences each difference in plain words; empty when clean
 */
public record CheckResult(List<String> differences) {

    public CheckResult {
        differences = List.copyOf(differences);
    }

    public boolean isClean() {
        return differences.isEmpty();
    }

    /** 0 when clean, 1 when there are differences. */
    public int exitCode() {
        return isClean() ? 0 : 1;
    }

    /** What {@code check} prints. */
    public String report() {
        if (isClean()) {
            return "No new upgrade operations detected.";
        }
        StringBuilder out = new StringBuilder("New upgrade operations detected:");
        for (String d : differences) {
            out.append("\n  ").append(d);
        }
        return out.toString();
    }
}
