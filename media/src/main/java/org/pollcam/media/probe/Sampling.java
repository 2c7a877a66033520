package org.pollcam.media.probe;

/**
 * Which pictures a probe decodes. Decoding dominates a probe's CPU time, and an H.264 keyframe is a complete picture,
 * so a health check decodes keyframes only: the other packets are still read (for frame rate and bitrate) but never
 * reach the decoder.
 */
public enum Sampling {
    /** Decode only keyframes (packets flagged key); the default and the one that scales to thousands of cameras. */
    KEYFRAMES,
    /**
     * The same keyframes, but every packet goes to the decoder, which discards the others itself
     * ({@code skip_frame=nokey}). Kept to measure the two ways against each other (bench/probe.sh).
     */
    KEYFRAMES_DECODER_SKIP,
    /** Decode every frame of the window; for diagnosis and comparison, several times dearer. */
    ALL_FRAMES
}
