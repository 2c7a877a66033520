package org.pollcam.media.probe;

import java.util.Arrays;
import java.util.Base64;

/**
 * A picture reduced to a 32x18 grey thumbnail (each cell the mean luma of its area). Small enough to keep per camera
 * (the last one, and the reference picture an operator approved), rich enough to tell "nothing changed" from "a clock
 * ticked", and "same scene" from "camera turned away".
 */
public final class Fingerprint {
    public static final int WIDTH = 32;
    public static final int HEIGHT = 18;

    private final byte[] cells;

    private Fingerprint(byte[] cells) {
        if (cells.length != WIDTH * HEIGHT) {
            throw new IllegalArgumentException("a fingerprint has " + WIDTH * HEIGHT + " cells, not " + cells.length);
        }
        this.cells = cells;
    }

    /** A fingerprint from its 576 cells, row by row (a copy is kept). */
    public static Fingerprint of(byte[] cells) {
        return new Fingerprint(cells.clone());
    }

    /** A fingerprint from {@link #toBase64()}, the form to store with a camera. */
    public static Fingerprint fromBase64(String text) {
        return new Fingerprint(Base64.getDecoder().decode(text));
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(cells);
    }

    public byte[] cells() {
        return cells.clone();
    }

    public int cell(int x, int y) {
        return cells[y * WIDTH + x] & 0xff;
    }

    /** The largest change of any cell: a ticking clock or a passing person moves it by several levels. */
    public int maxDifference(Fingerprint other) {
        int max = 0;
        for (int i = 0; i < cells.length; i++) {
            max = Math.max(max, Math.abs((cells[i] & 0xff) - (other.cells[i] & 0xff)));
        }
        return max;
    }

    /**
     * How different the scene is, ignoring brightness and contrast (lights switched on, daylight): 1 − the Pearson
     * correlation of the cells, from 0 (same layout) over 1 (unrelated) to 2 (inverted). A uniform picture has no
     * layout and counts as unrelated (1).
     */
    public double sceneDifference(Fingerprint other) {
        double meanA = mean();
        double meanB = other.mean();
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < cells.length; i++) {
            double a = (cells[i] & 0xff) - meanA;
            double b = (other.cells[i] & 0xff) - meanB;
            cov += a * b;
            varA += a * a;
            varB += b * b;
        }
        if (varA < 1e-9 || varB < 1e-9) {
            return 1;
        }
        return 1 - cov / Math.sqrt(varA * varB);
    }

    private double mean() {
        long sum = 0;
        for (byte b : cells) {
            sum += b & 0xff;
        }
        return (double) sum / cells.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(cells, f.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + toBase64() + "]";
    }
}
