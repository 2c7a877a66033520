package org.pollcam.media.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.pollcam.media.publish.archive.SegmentArchive;

/**
 * What to publish for one camera and where: the source (stream URL or file), the media directory served to viewers
 * ({@code <mediaRoot>/<cameraId>/index.m3u8}), the camera's privacy mask, the HLS window, and the archive that keeps
 * every segment (null for none).
 */
public record Publication(String cameraId, String source, Path mediaRoot, PrivacyMask mask, Duration segmentDuration,
                          int playlistSize, Duration readTimeout, SegmentArchive archive) {

    public static final String PLAYLIST = "index.m3u8";

    public Publication {
        Objects.requireNonNull(cameraId, "cameraId");
        if (!cameraId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("camera id must be a safe file name: " + cameraId);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaRoot, "mediaRoot");
        mask = mask == null ? PrivacyMask.NONE : mask;
        if (segmentDuration.toMillis() < 500 || playlistSize < 2) {
            throw new IllegalArgumentException("segments of at least 0.5 s and a playlist of at least 2 segments");
        }
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** 2 s segments, 6 in the live playlist, 5 s read timeout, no archive. */
    public static Publication of(String cameraId, String source, Path mediaRoot, PrivacyMask mask) {
        return new Publication(cameraId, source, mediaRoot, mask, Duration.ofSeconds(2), 6, Duration.ofSeconds(5), null);
    }

    public Publication withSegments(Duration duration, int listSize) {
        return new Publication(cameraId, source, mediaRoot, mask, duration, listSize, readTimeout, archive);
    }

    public Publication withArchive(SegmentArchive archive) {
        return new Publication(cameraId, source, mediaRoot, mask, segmentDuration, playlistSize, readTimeout, archive);
    }

    /** The camera's live directory: only the publisher writes here. */
    public Path cameraDirectory() {
        return mediaRoot.resolve(cameraId);
    }

    public Path playlist() {
        return cameraDirectory().resolve(PLAYLIST);
    }
}
