package org.pollcam.media.publish;

/** How a run of {@link HlsPublisher} turns the camera's stream into HLS. */
public enum PublishMode {
    /** H.264 packets copied into segments as they come: no decoding, a few percent of a core. */
    REMUX,
    /** Decoded, privacy masks filled, re-encoded: the only mode for a camera with masks. */
    MASKED,
    /** Decoded and re-encoded to H.264 because the camera does not send H.264 (no masks). */
    TRANSCODE;

    /** Marker in segment file names, so a segment's mode is visible on disk and in the archive. */
    String marker() {
        return switch (this) {
            case REMUX -> "r";
            case MASKED -> "m";
            case TRANSCODE -> "t";
        };
    }
}
