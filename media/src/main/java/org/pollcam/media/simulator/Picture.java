package org.pollcam.media.simulator;

/**
 * A kind of loop a simulated camera can show. Each is encoded once per camera (see {@link LoopLibrary}) with the
 * frame rate and bitrate that make it recognisable: LOW_FPS really is 2 frames per second in the stream, LOW_BITRATE
 * really stays under 60 kbit/s, FROZEN really repeats one picture, so the probes are tested against real H.264.
 */
public enum Picture {
    NORMAL(10, 300_000),
    FROZEN(10, 300_000),
    BLACK(10, 300_000),
    COVERED(10, 300_000),
    BLURRED(10, 300_000),
    MOVED(10, 300_000),
    LOW_FPS(2, 300_000),
    LOW_BITRATE(10, 24_000);

    private final int framesPerSecond;
    private final int videoBitrate;

    Picture(int framesPerSecond, int videoBitrate) {
        this.framesPerSecond = framesPerSecond;
        this.videoBitrate = videoBitrate;
    }

    public int framesPerSecond() {
        return framesPerSecond;
    }

    /** Target bitrate of the H.264 encoder in bit/s (the transport stream adds its own overhead). */
    public int videoBitrate() {
        return videoBitrate;
    }
}
