package org.pollcam.media.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which fault a camera had during each segment of its live stream. A fault injected while segment {@code n} is being
 * "recorded" applies from segment {@code n} on, so it is published at the end of that segment: within one segment
 * duration. Segments already published keep the picture they had, as with a real encoder; a playlist lists only the
 * latest run of segments the camera was on the air for, and marks a discontinuity where the picture changes.
 */
final class FaultTimeline {

    /** A FLAPPING camera is down for this many segments, then up for as many, and so on. */
    static final int FLAP_SEGMENTS = 2;
    private static final int HISTORY_SEGMENTS = 32;

    private record Change(long fromSegment, Fault fault, long discontinuities) {
        Picture picture() {
            return fault == null ? Picture.NORMAL : fault.picture();
        }
    }

    private final List<Change> changes = new ArrayList<>(List.of(new Change(Long.MIN_VALUE, null, 0)));

    /** Sets the fault ({@code null}: none) from segment {@code from} on. */
    synchronized void set(long from, Fault fault) {
        changes.subList(1, changes.size()).removeIf(c -> c.fromSegment() >= from);
        Change last = changes.get(changes.size() - 1);
        Picture picture = fault == null ? Picture.NORMAL : fault.picture();
        changes.add(new Change(from, fault, last.discontinuities() + (picture == last.picture() ? 0 : 1)));
        while (changes.size() > 2 && changes.get(1).fromSegment() < from - HISTORY_SEGMENTS) {
            changes.remove(0);
        }
    }

    private synchronized Change at(long segment) {
        for (int i = changes.size() - 1; i > 0; i--) {
            if (changes.get(i).fromSegment() <= segment) {
                return changes.get(i);
            }
        }
        return changes.get(0);
    }

    /** The fault of the camera during segment {@code segment}. */
    Optional<Fault> faultAt(long segment) {
        return Optional.ofNullable(at(segment).fault());
    }

    /** Whether the camera delivered segment {@code segment}. */
    boolean onAir(long segment) {
        Change change = at(segment);
        if (change.fault() == Fault.OFFLINE) {
            return false;
        }
        return change.fault() != Fault.FLAPPING || (segment - change.fromSegment()) / FLAP_SEGMENTS % 2 == 1;
    }

    Picture pictureAt(long segment) {
        return at(segment).picture();
    }

    /** The live playlist for a client asking while segment {@code current} is being recorded; empty when off the air. */
    Optional<String> playlist(long current, int window, int segmentSeconds) {
        if (!onAir(current)) {
            return Optional.empty();
        }
        long first = current;
        while (first > current - window && onAir(first - 1)) {
            first--;
        }
        if (first == current) {
            return Optional.empty();
        }
        StringBuilder m3u8 = new StringBuilder(64 + window * 40)
                .append("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:").append(segmentSeconds)
                .append("\n#EXT-X-MEDIA-SEQUENCE:").append(first)
                .append("\n#EXT-X-DISCONTINUITY-SEQUENCE:").append(at(first).discontinuities()).append('\n');
        for (long n = first; n < current; n++) {
            if (n > first && pictureAt(n) != pictureAt(n - 1)) {
                m3u8.append("#EXT-X-DISCONTINUITY\n");
            }
            m3u8.append("#EXTINF:").append(segmentSeconds).append(".000,\n").append(n).append(".ts\n");
        }
        return Optional.of(m3u8.toString());
    }
}
