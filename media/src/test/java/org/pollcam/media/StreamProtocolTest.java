package org.pollcam.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamProtocolTest {

    @Test
    void httpPlaylistsAreHlsAndOtherHttpStreamsAreTransportStreams() {
        assertEquals(Optional.of(StreamProtocol.HLS), StreamProtocol.of("http://10.1.2.3/cam/live.M3U8"));
        assertEquals(Optional.of(StreamProtocol.HTTP_TS), StreamProtocol.of("https://enc.example/live.ts"));
    }

    @Test
    void encoderSchemesMapToTheirProtocol() {
        assertEquals(Optional.of(StreamProtocol.RTSP), StreamProtocol.of("rtsps://cam:554/stream1"));
        assertEquals(Optional.of(StreamProtocol.SRT), StreamProtocol.of("srt://10.0.0.5:9000"));
        assertEquals("tcp", StreamProtocol.RTSP.inputOptions().get("rtsp_transport"));
    }

    @Test
    void addressesFfmpegCannotOpenAsLiveSourcesAreRefused() {
        assertTrue(StreamProtocol.of("ftp://host/x").isEmpty());
        assertTrue(StreamProtocol.of("not a url").isEmpty());
        assertTrue(StreamProtocol.of("rtsp:///no-host").isEmpty());
        assertTrue(StreamProtocol.of(null).isEmpty());
    }
}
