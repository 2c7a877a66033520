package org.pollcam.media.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An encoded loop, cut into segments at keyframes, that can be replayed as any segment {@code n} of an endless live
 * stream. Replaying rewrites the 188-byte MPEG-TS packets of the segment: PTS, DTS and PCR move forward by whole
 * loops ({@code n / segmentsPerLoop} loop lengths, modulo 2^33), and continuity counters are renumbered, so the stream
 * runs on across loop wraps without a timestamp jump or a continuity error. Only bytes in headers change; the H.264
 * payload is never touched, which is what makes a thousand cameras cheap.
 *
 * <p>The index (segment boundaries, frame positions, packet counts per PID) stays in memory; the bytes are held
 * softly and read again from the cache file when the heap needs the room.
 */
final class TransportStreamLoop {

    static final int PACKET = 188;
    private static final long TIMESTAMP_MASK = (1L << 33) - 1;

    /** Renumbers the continuity counter of a packet; {@code payload} packets advance it. */
    interface ContinuityCounters {
        int next(int pid, int counter, boolean payload);
    }

    private final Path file;
    private SoftReference<byte[]> bytes;
    private final int segments;
    private final long loopTicks;
    private final int[] segmentStart;
    private final int[][] framePackets;
    private final long[][] frameMillis;
    private final int[] pids;
    private final int frames;
    private final int[] payloadPackets;

    private TransportStreamLoop(Path file, byte[] data, int segments, long loopTicks) {
        this.file = file;
        this.bytes = new SoftReference<>(data);
        this.segments = segments;
        this.loopTicks = loopTicks;
        if (data.length == 0 || data.length % PACKET != 0) {
            throw new IllegalArgumentException("Not a transport stream: " + file);
        }
        int packets = data.length / PACKET;
        List<int[]> frames = new ArrayList<>();
        List<Long> dts = new ArrayList<>();
        int[] counts = new int[8192];
        int videoPid = -1;
        for (int i = 0; i < packets; i++) {
            int p = i * PACKET;
            if (data[p] != 0x47) {
                throw new IllegalArgumentException("Lost MPEG-TS sync at packet " + i + " of " + file);
            }
            int pid = pid(data, p);
            if (hasPayload(data, p)) {
                counts[pid]++;
            }
            int pes = pesStart(data, p);
            if (pes >= 0) {
                videoPid = pid;
                frames.add(new int[] {i, randomAccess(data, p) ? 1 : 0});
                dts.add(decodingTime(data, pes));
            }
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("No video in " + file);
        }
        this.frames = frames.size();
        long first = dts.get(0);
        long frameTicks = frames.size() > 1 ? dts.get(1) - first : loopTicks;
        segmentStart = new int[segments + 1];
        segmentStart[segments] = packets;
        int[] firstFrame = new int[segments + 1];
        firstFrame[segments] = frames.size();
        for (int k = 1; k < segments; k++) {
            long target = first + k * loopTicks / segments - frameTicks / 2;
            int f = 0;
            while (f < frames.size() && (dts.get(f) < target || frames.get(f)[1] == 0)) {
                f++;
            }
            if (f == frames.size() || dts.get(f) - target > frameTicks) {
                throw new IllegalStateException("No keyframe where segment " + k + " should start in " + file);
            }
            int start = frames.get(f)[0];
            while (start > segmentStart[k - 1] && pid(data, (start - 1) * PACKET) != videoPid) {
                start--;
            }
            segmentStart[k] = start;
            firstFrame[k] = f;
        }
        framePackets = new int[segments][];
        frameMillis = new long[segments][];
        for (int k = 0; k < segments; k++) {
            int n = firstFrame[k + 1] - firstFrame[k];
            framePackets[k] = new int[n];
            frameMillis[k] = new long[n];
            long segmentDts = dts.get(firstFrame[k]);
            for (int j = 0; j < n; j++) {
                framePackets[k][j] = frames.get(firstFrame[k] + j)[0] - segmentStart[k];
                frameMillis[k][j] = (dts.get(firstFrame[k] + j) - segmentDts) / 90;
            }
        }
        int used = 0;
        for (int count : counts) {
            used += count > 0 ? 1 : 0;
        }
        pids = new int[used];
        payloadPackets = new int[used];
        for (int pid = 0, i = 0; pid < counts.length; pid++) {
            if (counts[pid] > 0) {
                pids[i] = pid;
                payloadPackets[i++] = counts[pid];
            }
        }
    }

    /** Reads and indexes a loop file written by {@link LoopRecorder}. */
    static TransportStreamLoop read(Path file, LoopFormat format) throws IOException {
        return new TransportStreamLoop(file, Files.readAllBytes(file), format.segmentsPerLoop(),
                format.loopSeconds() * 90_000L);
    }

    /** Video frames in the whole loop. */
    int frames() {
        return frames;
    }

    int segments() {
        return segments;
    }

    /**
     * Segment {@code n} of the endless stream (loop segment {@code n % segments}) with continuity counters numbered
     * as if every earlier segment had been sent: what an HLS client fetching any segment should get.
     */
    byte[] segment(long n) {
        long loops = n / segments;
        return segment(n, (pid, counter, payload) -> (int) ((counter + loops * payloadPackets(pid)) & 15));
    }

    /**
     * Segment {@code n} as {@link #segment(long)}, and when it follows a segment of another loop (the playlist's
     * EXT-X-DISCONTINUITY), with the discontinuity indicator set on its first video packet: demuxers that read the
     * segments as one stream (FFmpeg's HLS reader) then accept the jump in continuity counters instead of flagging
     * the keyframe as corrupt. Timestamps stay continuous either way.
     */
    byte[] segment(long n, boolean afterAnotherLoop) {
        byte[] segment = segment(n);
        if (afterAnotherLoop) {
            int p = framePackets(n)[0] * PACKET;
            if (hasAdaptation(segment, p) && (segment[p + 4] & 0xFF) > 0) {
                segment[p + 5] |= (byte) 0x80;
            }
        }
        return segment;
    }

    /** Segment {@code n} of the endless stream, with continuity counters from the given numbering. */
    byte[] segment(long n, ContinuityCounters counters) {
        int k = (int) (n % segments);
        long shift = (n / segments) * loopTicks;
        byte[] data = data();
        int from = segmentStart[k] * PACKET;
        byte[] out = new byte[segmentStart[k + 1] * PACKET - from];
        System.arraycopy(data, from, out, 0, out.length);
        for (int p = 0; p < out.length; p += PACKET) {
            rewrite(out, p, shift, counters);
        }
        return out;
    }

    /** Packet index (within segment {@code n}) where each frame starts. */
    int[] framePackets(long n) {
        return framePackets[(int) (n % segments)];
    }

    /** When each frame of segment {@code n} is due, in milliseconds after the segment starts. */
    long[] frameMillis(long n) {
        return frameMillis[(int) (n % segments)];
    }

    private int payloadPackets(int pid) {
        for (int i = 0; i < pids.length; i++) {
            if (pids[i] == pid) {
                return payloadPackets[i];
            }
        }
        return 0;
    }

    private synchronized byte[] data() {
        byte[] data = bytes.get();
        if (data == null) {
            try {
                data = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Loop file vanished from the cache: " + file, e);
            }
            bytes = new SoftReference<>(data);
        }
        return data;
    }

    static void rewrite(byte[] b, int p, long shift, ContinuityCounters counters) {
        int pid = pid(b, p);
        boolean payload = hasPayload(b, p);
        b[p + 3] = (byte) ((b[p + 3] & 0xF0) | counters.next(pid, b[p + 3] & 15, payload));
        if (hasAdaptation(b, p) && (b[p + 4] & 0xFF) >= 7 && (b[p + 5] & 0x10) != 0) {
            int at = p + 6;
            long base = (b[at] & 0xFFL) << 25 | (b[at + 1] & 0xFFL) << 17 | (b[at + 2] & 0xFFL) << 9
                    | (b[at + 3] & 0xFFL) << 1 | (b[at + 4] & 0xFF) >> 7;
            base = (base + shift) & TIMESTAMP_MASK;
            b[at] = (byte) (base >> 25);
            b[at + 1] = (byte) (base >> 17);
            b[at + 2] = (byte) (base >> 9);
            b[at + 3] = (byte) (base >> 1);
            b[at + 4] = (byte) ((base & 1) << 7 | (b[at + 4] & 0x7F));
        }
        int pes = pesStart(b, p);
        if (pes >= 0) {
            int flags = (b[pes + 7] >> 6) & 3;
            if ((flags & 2) != 0) {
                writeTimestamp(b, pes + 9, readTimestamp(b, pes + 9) + shift);
            }
            if (flags == 3) {
                writeTimestamp(b, pes + 14, readTimestamp(b, pes + 14) + shift);
            }
        }
    }

    static int pid(byte[] b, int p) {
        return (b[p + 1] & 0x1F) << 8 | (b[p + 2] & 0xFF);
    }

    private static boolean hasPayload(byte[] b, int p) {
        return (b[p + 3] & 0x10) != 0;
    }

    private static boolean hasAdaptation(byte[] b, int p) {
        return (b[p + 3] & 0x20) != 0;
    }

    private static boolean randomAccess(byte[] b, int p) {
        return hasAdaptation(b, p) && (b[p + 4] & 0xFF) > 0 && (b[p + 5] & 0x40) != 0;
    }

    /** Offset of a video PES header starting in this packet, or -1. */
    static int pesStart(byte[] b, int p) {
        if ((b[p + 1] & 0x40) == 0 || !hasPayload(b, p)) {
            return -1;
        }
        int at = p + 4 + (hasAdaptation(b, p) ? 1 + (b[p + 4] & 0xFF) : 0);
        if (at + 19 > p + PACKET || b[at] != 0 || b[at + 1] != 0 || b[at + 2] != 1 || (b[at + 3] & 0xF0) != 0xE0) {
            return -1;
        }
        return at;
    }

    private static long decodingTime(byte[] b, int pes) {
        int flags = (b[pes + 7] >> 6) & 3;
        return readTimestamp(b, flags == 3 ? pes + 14 : pes + 9);
    }

    static long readTimestamp(byte[] b, int at) {
        return ((b[at] >> 1) & 7L) << 30 | (b[at + 1] & 0xFFL) << 22 | ((b[at + 2] & 0xFF) >> 1) << 15
                | (b[at + 3] & 0xFFL) << 7 | (b[at + 4] & 0xFF) >> 1;
    }

    static void writeTimestamp(byte[] b, int at, long value) {
        long ts = value & TIMESTAMP_MASK;
        b[at] = (byte) ((b[at] & 0xF0) | (ts >> 29) & 0x0E | 1);
        b[at + 1] = (byte) (ts >> 22);
        b[at + 2] = (byte) ((ts >> 14) & 0xFE | 1);
        b[at + 3] = (byte) (ts >> 7);
        b[at + 4] = (byte) ((ts << 1) & 0xFE | 1);
    }
}
