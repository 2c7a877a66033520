package org.pollcam.media.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportStreamLoopTest {

    private static final LoopFormat SMALL = new LoopFormat(160, 96, 4, 2);

    @Test
    void timestampsSurviveAWriteAndARead() {
        byte[] pes = new byte[5];
        pes[0] = 0x31;
        for (long ts : new long[] {0, 126_000, (1L << 33) - 1, 5_000_000_000L}) {
            TransportStreamLoop.writeTimestamp(pes, 0, ts);
            assertEquals(ts, TransportStreamLoop.readTimestamp(pes, 0));
            assertEquals(0x30, pes[0] & 0xF0, "the PTS/DTS prefix stays");
        }
    }

    @Test
    void replayedSegmentsRunOnAcrossLoopWrapsWithoutJumps(@TempDir Path cache) throws Exception {
        Path file = cache.resolve("loop.ts");
        new LoopRecorder(SMALL).record(new CameraName(7, 3, "overview"), Picture.NORMAL, file);
        TransportStreamLoop loop = TransportStreamLoop.read(file, SMALL);
        assertEquals(2, loop.segments());

        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        long[] firstDts = new long[6];
        for (long n = 0; n < 6; n++) {
            byte[] segment = loop.segment(n);
            int pes = TransportStreamLoop.pesStart(segment, loop.framePackets(n)[0] * TransportStreamLoop.PACKET);
            assertTrue(pes >= 0, "a segment starts with a frame after its PAT and PMT");
            firstDts[(int) n] = TransportStreamLoop.readTimestamp(segment, pes + 9);
            stream.write(segment);
        }
        for (int n = 1; n < 6; n++) {
            assertEquals(2 * 90_000, firstDts[n] - firstDts[n - 1], "segment " + n + " starts 2 s after the one before");
        }
        byte[] marked = loop.segment(3, true);
        int keyframe = loop.framePackets(3)[0] * TransportStreamLoop.PACKET;
        assertEquals(0x80, marked[keyframe + 5] & 0x80, "a segment after another loop is marked discontinuous");
        assertEquals(0, loop.segment(3)[keyframe + 5] & 0x80);

        byte[] all = stream.toByteArray();
        Map<Integer, Integer> last = new HashMap<>();
        for (int p = 0; p < all.length; p += TransportStreamLoop.PACKET) {
            if ((all[p + 3] & 0x10) == 0) {
                continue;
            }
            int pid = TransportStreamLoop.pid(all, p);
            int counter = all[p + 3] & 15;
            Integer before = last.put(pid, counter);
            if (before != null) {
                assertEquals((before + 1) & 15, counter, "continuity counter of PID " + pid + " at byte " + p);
            }
        }
    }
}
