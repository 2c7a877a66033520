package org.pollcam.media;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a camera's encoder offers its stream, read from the stream address. It decides how FFmpeg must open it: RTSP
 * over TCP (station uplinks drop UDP), HLS as a playlist, MPEG-TS over HTTP as a never-ending download.
 */
public enum StreamProtocol {
    RTSP, HLS, HTTP_TS, SRT, UDP, RTMP;

    private static final Map<String, StreamProtocol> BY_SCHEME = Map.of(
            "rtsp", RTSP, "rtsps", RTSP, "srt", SRT, "udp", UDP, "rtmp", RTMP);

    /** The protocol of a stream address, or empty when FFmpeg would not know how to open it as a live source. */
    public static Optional<StreamProtocol> of(String streamUrl) {
        if (streamUrl == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(streamUrl.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            return Optional.of(path.endsWith(".m3u8") ? HLS : HTTP_TS);
        }
        return Optional.ofNullable(BY_SCHEME.get(scheme));
    }

    /** FFmpeg input options this protocol needs to behave as a live source. */
    public Map<String, String> inputOptions() {
        return switch (this) {
            case RTSP -> Map.of("rtsp_transport", "tcp");
            case HTTP_TS -> Map.of("reconnect", "0");
            case UDP -> Map.of("overrun_nonfatal", "1");
            default -> Map.of();
        };
    }
}
