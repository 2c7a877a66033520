package org.pollcam.media.health;

/**
 * The limits that decide a camera's health; the application reads them from MicroProfile Config and passes them in.
 * Luma figures are on the stream's 0–255 scale (limited-range video: black 16, white 235).
 *
 * @param blackLuma        BLACK when the median mean luma of the sampled pictures is below; default 28 (video black
 *                         is 16; a dim but lit room stays well above 40)
 * @param uniformSpread    COVERED when the median luma standard deviation is below; default 8 (a flat cloth or grey
 *                         frame measures 0–3, any room scene 30 and more)
 * @param blurSharpness    COVERED when the median sharpness (edge contrast, the mean of the steepest 1% of
 *                         neighbour steps) is below; default 20 (a focused scene measures 100 and more in the tests,
 *                         a heavily defocused one 10–15)
 * @param frozenDifference FROZEN when no fingerprint cell of the keyframes in the window, nor against the previous
 *                         probe's fingerprint, changes by more than this many luma levels; default 4 (a repeated picture
 *                         re-encoded changes by 0–1, a ticking clock alone by 15 and more)
 * @param movedDifference  MOVED when every sampled picture's scene difference (1 − correlation of the fingerprints,
 *                         insensitive to lighting) from the reference picture is above; default 0.5
 * @param minFrameRate     DEGRADED below this many frames per second; default 5
 * @param minBitrate       DEGRADED below this many bits per second; default 100,000 (100 kbit/s)
 */
public record HealthThresholds(double blackLuma, double uniformSpread, double blurSharpness, double frozenDifference,
                               double movedDifference, double minFrameRate, double minBitrate) {

    public static final HealthThresholds DEFAULTS = new HealthThresholds(28, 8, 20, 4, 0.5, 5, 100_000);
}
