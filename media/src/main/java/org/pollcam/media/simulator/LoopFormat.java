package org.pollcam.media.simulator;

/**
 * The shape of every loop: picture size, loop length and HLS segment length. A loop holds a whole number of segments
 * and every segment starts on a keyframe (one per second), so a segment of the loop can be served as segment
 * {@code n} of an endless live stream by shifting its timestamps by whole loops.
 *
 * @param width          picture width in pixels
 * @param height         picture height in pixels
 * @param loopSeconds    length of one loop, a multiple of {@code segmentSeconds}
 * @param segmentSeconds length of one HLS segment, a whole number of seconds (keyframes come every second)
 */
public record LoopFormat(int width, int height, int loopSeconds, int segmentSeconds) {

    /** 640x360, 4 s loops cut into 2 s segments: about 0.1 s of one core to encode a camera's usual loop. */
    public static final LoopFormat DEFAULT = new LoopFormat(640, 360, 4, 2);

    public LoopFormat {
        if (width < 64 || height < 64 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("Picture size must be even and at least 64x64");
        }
        if (segmentSeconds < 1 || loopSeconds < segmentSeconds || loopSeconds % segmentSeconds != 0) {
            throw new IllegalArgumentException("A loop must hold a whole number of segments of at least 1 s");
        }
    }

    public int segmentsPerLoop() {
        return loopSeconds / segmentSeconds;
    }

    public long segmentMillis() {
        return segmentSeconds * 1000L;
    }

    /** Names the cache folder, so loops of another shape or painting are never mixed up. */
    String cacheKey() {
        return "v2-" + width + "x" + height + "-" + loopSeconds + "s-" + segmentSeconds + "s";
    }
}
