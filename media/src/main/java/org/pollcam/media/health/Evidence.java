package org.pollcam.media.health;

import java.util.Locale;

/**
 * One check the judge made: what was measured, its value, the threshold it was held against, and whether this check
 * decided the verdict. {@link #text()} is what an operator reads, e.g. "mean luma 16.0 < black luma 28.0".
 *
 * @param measure    what was measured, e.g. "mean luma"
 * @param value      the measured value (NaN when it could not be measured)
 * @param comparison how the value failed or passed: "<", "≥", "≤", ">"
 * @param threshold  the threshold's name, e.g. "black luma"
 * @param limit      the threshold's value
 * @param decisive   whether this check decided the verdict
 */
public record Evidence(String measure, double value, String comparison, String threshold, double limit,
                       boolean decisive) {

    public String text() {
        return measure + " " + format(value) + " " + comparison + " " + threshold + " " + format(limit);
    }

    private static String format(double number) {
        if (Double.isNaN(number)) {
            return "n/a";
        }
        return Math.abs(number) >= 1000 ? String.format(Locale.ROOT, "%,.0f", number)
                : String.format(Locale.ROOT, "%.2f", number);
    }

    @Override
    public String toString() {
        return (decisive ? "* " : "") + text();
    }
}
