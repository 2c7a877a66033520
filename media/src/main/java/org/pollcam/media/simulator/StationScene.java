package org.pollcam.media.simulator;

import java.util.Locale;

/**
 * Paints what a simulated camera sees: a polling station room (role {@code overview}) or the ballot box close up
 * (any other role), with a voter or a ballot moving through it, and an on-screen display of the station code, the
 * role and a running clock (time within the loop, to a tenth of a second). The motion and the clock are what tell a
 * live picture from a frozen one; the station code lets an operator check a stream is wired to the right station.
 * Pictures that hide the scene (BLACK, COVERED) carry no on-screen display, as when the lens itself is blocked.
 *
 * <p>Every picture carries a faint sensor grain (±{@value #GRAIN} levels, changing each frame, repeated by a frozen
 * picture), as every real sensor does. Without it the flat synthetic scene compressed far below what a camera sends:
 * the usual picture, encoded at a 300 kbit/s target, measured 95–110 kbit/s in a probe, at the supervision's
 * 100 kbit/s minimum, so healthy ballot-box cameras were judged DEGRADED.
 */
final class StationScene {

    /** Largest grain offset per pixel, in levels. */
    static final int GRAIN = 3;

    private final CameraName camera;
    private final int width;
    private final int height;

    StationScene(CameraName camera, int width, int height) {
        this.camera = camera;
        this.width = width;
        this.height = height;
    }

    /** The BGR24 frame shown {@code seconds} into a loop of {@code loopSeconds}. */
    byte[] frame(Picture picture, double seconds, double loopSeconds) {
        Canvas canvas = new Canvas(width, height);
        double phase = seconds / loopSeconds;
        switch (picture) {
            case BLACK -> canvas.fill(0, 0, width, height, 0x000000);
            case COVERED -> canvas.fill(0, 0, width, height, 0x5C544C);
            case MOVED -> {
                ceiling(canvas, phase);
                display(canvas, seconds);
            }
            case FROZEN -> {
                usualScene(canvas, 0);
                display(canvas, 0);
            }
            case BLURRED -> {
                usualScene(canvas, phase);
                display(canvas, seconds);
                canvas.blur(Math.max(4, width / 40), 3);
            }
            default -> {
                usualScene(canvas, phase);
                display(canvas, seconds);
            }
        }
        grain(canvas.bgr, picture == Picture.FROZEN ? 0 : Math.round(seconds * 1000));
        return canvas.bgr;
    }

    /** Adds the same offset to a pixel's three channels, from a generator seeded by the frame's time. */
    private static void grain(byte[] bgr, long seed) {
        long state = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B14E0DL;
        for (int i = 0; i < bgr.length; i += 3) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int offset = (int) Math.floorMod(state, 2 * GRAIN + 1) - GRAIN;
            for (int ch = i; ch < i + 3; ch++) {
                bgr[ch] = (byte) Math.max(0, Math.min(255, (bgr[ch] & 0xFF) + offset));
            }
        }
    }

    private void usualScene(Canvas c, double phase) {
        if (camera.role().equals("overview")) {
            room(c, phase);
        } else {
            ballotBox(c, phase);
        }
    }

    /** The room: wall, floor, two voting booths, the commission's table, the ballot box and a walking voter. */
    private void room(Canvas c, double phase) {
        int w = width;
        int h = height;
        c.fill(0, 0, w, h * 3 / 5, 0xC8BEA0);
        c.fill(0, h * 3 / 5, w, h, 0x786450);
        c.fill(w / 10, h * 2 / 5, w / 7, h * 7 / 20, 0x465A82);
        c.fill(w / 10 + w / 6, h * 2 / 5, w / 7, h * 7 / 20, 0x465A82);
        c.fill(w * 3 / 5, h * 11 / 20, w / 3, h / 7, 0x8C5A32);
        c.fill(w * 15 / 32, h * 1 / 2, w / 10, h / 6, 0xE6E6EB);
        c.fill(w * 15 / 32 + w / 40, h * 1 / 2, w / 20, h / 60 + 1, 0x202020);
        int x = (int) (phase * (w + w / 8)) - w / 16;
        c.fill(x, h * 9 / 20, w / 16, h / 3, 0x283C28);
        c.fill(x + w / 80, h * 7 / 20, w / 26, h / 11, 0xDCB496);
    }

    /** The ballot box close up on the table, a hand dropping a ballot into the slot twice per loop. */
    private void ballotBox(Canvas c, double phase) {
        int w = width;
        int h = height;
        c.fill(0, 0, w, h, 0xB4AFAA);
        c.fill(0, h * 5 / 8, w, h, 0x966440);
        c.fill(w * 5 / 16, h / 3, w * 3 / 8, h / 2, 0xE1E6F0);
        c.fill(w * 5 / 16, h / 3 + h / 8, w * 3 / 8, h / 20, 0x3C64B4);
        c.fill(w * 7 / 16, h / 3 - h / 40, w / 8, h / 40 + 1, 0x202020);
        double drop = (phase * 2) % 1.0;
        int y = (int) (drop * h / 3) - h / 12;
        c.fill(w * 7 / 16 + w / 64, y, w / 12, h / 10, 0xF5F5F5);
        c.fill(w * 7 / 16, y - h / 8, w / 9, h / 8, 0xD2A082);
    }

    /** What a turned camera sees: the ceiling with its light panels, and a fan's shadow sweeping over it. */
    private void ceiling(Canvas c, double phase) {
        int w = width;
        int h = height;
        c.fill(0, 0, w, h, 0x3C4A5C);
        for (int i = 0; i < 3; i++) {
            c.fill(w / 12 + i * w / 3, h / 5, w / 6, h / 8, 0xFAFAF0);
            c.fill(w / 12 + i * w / 3, h * 3 / 5, w / 6, h / 8, 0xFAFAF0);
        }
        c.fill((int) (phase * w), 0, w / 10, h, 0x1E2430);
    }

    private void display(Canvas c, double seconds) {
        int scale = Math.max(1, height / 120);
        int band = 10 * scale;
        c.fill(0, 0, width, band, 0x000000);
        c.text(2 * scale, 2 * scale, scale, "PS " + camera.stationCode() + " " + camera.role(), 0xFFFFFF);
        String clock = String.format(Locale.ROOT, "%02d:%04.1f", (int) (seconds / 60), seconds % 60);
        c.text(width - (clock.length() + 1) * 6 * scale, 2 * scale, scale, clock, 0xFFFF00);
    }
}
