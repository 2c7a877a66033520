package org.pollcam.media.probe;

/**
 * What one sampled picture looked like, measured on its luma (Y) plane on the 0–255 scale of the stream (limited-range
 * video puts black at 16).
 *
 * @param streamTime  seconds since the first video packet of the probe
 * @param keyframe    whether the picture was a keyframe
 * @param meanLuma    mean luminance
 * @param lumaSpread  standard deviation of the luminance: near 0 for a uniform (covered, grey, black) picture
 * @param sharpness   edge contrast: mean luma step of the steepest 1% of neighbouring pixel pairs (neighbours 1/640
 *                    of the width apart, so the figure hardly depends on the resolution); low when blurred or defocused
 * @param fingerprint a 32x18 grey thumbnail for comparisons across time and with the reference picture
 */
public record PictureSample(double streamTime, boolean keyframe, double meanLuma, double lumaSpread, double sharpness,
                            Fingerprint fingerprint) {
}
