package dev.migrate.bench;

/**
 * One figure of the results: what was measured, its repeated values, and the unit.
 *
 * @param label   what ran, as the results table names it
 * @param samples the values of every repetition
 * @param unit    {@code ms}, {@code MiB} …
 */
public record Measured(String label, Samples samples, String unit) {

    /** This figure's median over the baseline's median. */
    public double ratioTo(Measured baseline) {
        return samples.median() / baseline.samples().median();
    }
}
