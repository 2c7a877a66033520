package org.pollcam.media.simulator;

import java.util.HashMap;
import java.util.Map;

/**
 * A BGR24 picture the scenes are drawn on: rectangles, a built-in 5x7 pixel font and a box blur. Drawn by hand rather
 * than with Java2D so that the simulator needs no fonts or fontconfig on the machine (a fresh machine has only a JDK)
 * and stays cheap: a frame is a few array fills.
 */
final class Canvas {

    private static final String[] GLYPH_ROWS = {
        "0 01110 10001 10011 10101 11001 10001 01110", "1 00100 01100 00100 00100 00100 00100 01110",
        "2 01110 10001 00001 00010 00100 01000 11111", "3 11111 00010 00100 00010 00001 10001 01110",
        "4 00010 00110 01010 10010 11111 00010 00010", "5 11111 10000 11110 00001 00001 10001 01110",
        "6 00110 01000 10000 11110 10001 10001 01110", "7 11111 00001 00010 00100 01000 01000 01000",
        "8 01110 10001 10001 01110 10001 10001 01110", "9 01110 10001 10001 01111 00001 00010 01100",
        "A 01110 10001 10001 11111 10001 10001 10001", "B 11110 10001 10001 11110 10001 10001 11110",
        "C 01110 10001 10000 10000 10000 10001 01110", "D 11100 10010 10001 10001 10001 10010 11100",
        "E 11111 10000 10000 11110 10000 10000 11111", "F 11111 10000 10000 11110 10000 10000 10000",
        "G 01110 10001 10000 10111 10001 10001 01111", "H 10001 10001 10001 11111 10001 10001 10001",
        "I 01110 00100 00100 00100 00100 00100 01110", "J 00111 00010 00010 00010 00010 10010 01100",
        "K 10001 10010 10100 11000 10100 10010 10001", "L 10000 10000 10000 10000 10000 10000 11111",
        "M 10001 11011 10101 10101 10001 10001 10001", "N 10001 10001 11001 10101 10011 10001 10001",
        "O 01110 10001 10001 10001 10001 10001 01110", "P 11110 10001 10001 11110 10000 10000 10000",
        "Q 01110 10001 10001 10001 10101 10010 01101", "R 11110 10001 10001 11110 10100 10010 10001",
        "S 01111 10000 10000 01110 00001 00001 11110", "T 11111 00100 00100 00100 00100 00100 00100",
        "U 10001 10001 10001 10001 10001 10001 01110", "V 10001 10001 10001 10001 10001 01010 00100",
        "W 10001 10001 10001 10101 10101 10101 01010", "X 10001 10001 01010 00100 01010 10001 10001",
        "Y 10001 10001 10001 01010 00100 00100 00100", "Z 11111 00001 00010 00100 01000 10000 11111",
        "- 00000 00000 00000 11111 00000 00000 00000", "_ 00000 00000 00000 00000 00000 00000 11111",
        ": 00000 01100 01100 00000 01100 01100 00000", ". 00000 00000 00000 00000 00000 01100 01100",
        "/ 00001 00010 00010 00100 01000 01000 10000", "+ 00000 00100 00100 11111 00100 00100 00000",
    };
    private static final Map<Character, int[]> GLYPHS = new HashMap<>();

    static {
        for (String glyph : GLYPH_ROWS) {
            String[] parts = glyph.split(" ");
            int[] rows = new int[7];
            for (int r = 0; r < 7; r++) {
                rows[r] = Integer.parseInt(parts[r + 1], 2);
            }
            GLYPHS.put(parts[0].charAt(0), rows);
        }
    }

    final int width;
    final int height;
    final byte[] bgr;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.bgr = new byte[width * height * 3];
    }

    /** Fills a rectangle (clipped to the picture) with an RGB colour. */
    void fill(int x, int y, int w, int h, int rgb) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        byte b = (byte) rgb;
        byte g = (byte) (rgb >> 8);
        byte r = (byte) (rgb >> 16);
        int rowBytes = (x1 - x0) * 3;
        int first = (y0 * width + x0) * 3;
        for (int i = first; i < first + rowBytes; i += 3) {
            bgr[i] = b;
            bgr[i + 1] = g;
            bgr[i + 2] = r;
        }
        for (int yy = y0 + 1; yy < y1; yy++) {
            System.arraycopy(bgr, first, bgr, (yy * width + x0) * 3, rowBytes);
        }
    }

    /** Draws upper-case text; unknown characters are left blank. Each glyph is 6x8 cells of {@code scale} pixels. */
    void text(int x, int y, int scale, String text, int rgb) {
        for (int c = 0; c < text.length(); c++) {
            int[] rows = GLYPHS.get(Character.toUpperCase(text.charAt(c)));
            if (rows != null) {
                for (int r = 0; r < 7; r++) {
                    for (int col = 0; col < 5; col++) {
                        if ((rows[r] >> (4 - col) & 1) != 0) {
                            fill(x + col * scale, y + r * scale, scale, scale, rgb);
                        }
                    }
                }
            }
            x += 6 * scale;
        }
    }

    /** Blurs the whole picture with {@code passes} horizontal and vertical box filters of the given radius. */
    void blur(int radius, int passes) {
        int[] line = new int[Math.max(width, height) * 3];
        for (int p = 0; p < passes; p++) {
            for (int y = 0; y < height; y++) {
                boxLine(y * width * 3, 3, width, radius, line);
            }
            for (int x = 0; x < width; x++) {
                boxLine(x * 3, width * 3, height, radius, line);
            }
        }
    }

    private void boxLine(int start, int step, int length, int radius, int[] line) {
        for (int i = 0; i < length; i++) {
            int at = start + i * step;
            line[i * 3] = bgr[at] & 0xFF;
            line[i * 3 + 1] = bgr[at + 1] & 0xFF;
            line[i * 3 + 2] = bgr[at + 2] & 0xFF;
        }
        for (int ch = 0; ch < 3; ch++) {
            int sum = 0;
            for (int i = -radius; i <= radius; i++) {
                sum += line[Math.min(length - 1, Math.max(0, i)) * 3 + ch];
            }
            for (int i = 0; i < length; i++) {
                bgr[start + i * step + ch] = (byte) (sum / (2 * radius + 1));
                sum += line[Math.min(length - 1, i + radius + 1) * 3 + ch] - line[Math.max(0, i - radius) * 3 + ch];
            }
        }
    }
}
