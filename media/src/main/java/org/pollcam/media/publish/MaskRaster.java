package org.pollcam.media.publish;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A {@link PrivacyMask} rasterised once for one picture size, as horizontal spans per row of the Y plane and of the
 * half-size U and V planes of a YUV 4:2:0 picture. Applying it costs a few bulk byte writes per row, nothing per pixel.
 * <p>
 * Rasterisation is conservative, since a leaked pixel row is worse than a slightly larger mask: a pixel is covered when
 * its centre is inside a polygon, then the covered area grows by one pixel in every direction, and a chroma sample is
 * covered when any of its four luma pixels is.
 */
public final class MaskRaster {

    private final int width;
    private final int height;
    private final int[][] lumaSpans;   // per row: start0, end0 (exclusive), start1, end1, ...
    private final int[][] chromaSpans;
    private final byte[] fillY;
    private final byte[] fillU;
    private final byte[] fillV;
    private final int fillRgb;
    private final long coveredLuma;

    private MaskRaster(int width, int height, boolean[] covered, int[] yuv, int fillRgb) {
        this.width = width;
        this.fillRgb = fillRgb;
        this.height = height;
        this.lumaSpans = new int[height][];
        long count = 0;
        for (int y = 0; y < height; y++) {
            lumaSpans[y] = spans(covered, y * width, width);
            for (int i = 0; i < lumaSpans[y].length; i += 2) {
                count += lumaSpans[y][i + 1] - lumaSpans[y][i];
            }
        }
        this.coveredLuma = count;
        int cw = (width + 1) / 2, ch = (height + 1) / 2;
        boolean[] chroma = new boolean[cw * ch];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (covered[y * width + x]) {
                    chroma[(y / 2) * cw + x / 2] = true;
                }
            }
        }
        this.chromaSpans = new int[ch][];
        for (int y = 0; y < ch; y++) {
            chromaSpans[y] = spans(chroma, y * cw, cw);
        }
        fillY = filled(width, yuv[0]);
        fillU = filled(cw, yuv[1]);
        fillV = filled(cw, yuv[2]);
    }

    /** Rasterises {@code mask} for pictures of {@code width} x {@code height}. */
    public static MaskRaster of(PrivacyMask mask, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size " + width + "x" + height);
        }
        boolean[] inside = new boolean[width * height];
        double[] crossings = new double[16];
        for (PrivacyMask.Polygon polygon : mask.polygons()) {
            int n = polygon.points().size();
            double[] px = new double[n], py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = polygon.points().get(i).x() * width;
                py[i] = polygon.points().get(i).y() * height;
            }
            for (int y = 0; y < height; y++) {
                double cy = y + 0.5;
                int k = 0;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    if ((py[i] > cy) != (py[j] > cy)) {
                        if (k == crossings.length) {
                            crossings = Arrays.copyOf(crossings, k * 2);
                        }
                        crossings[k++] = px[j] + (cy - py[j]) * (px[i] - px[j]) / (py[i] - py[j]);
                    }
                }
                Arrays.sort(crossings, 0, k);
                for (int c = 0; c + 1 < k; c += 2) {
                    // pixel x is inside when its centre x + 0.5 lies in [from, to)
                    int from = Math.max(0, (int) Math.ceil(crossings[c] - 0.5));
                    int to = Math.min(width, (int) Math.ceil(crossings[c + 1] - 0.5));
                    Arrays.fill(inside, y * width + from, y * width + Math.max(from, to), true);
                }
            }
        }
        return new MaskRaster(width, height, dilate(inside, width, height), mask.fillYuv(), mask.fillRgb());
    }

    private static boolean[] dilate(boolean[] in, int width, int height) {
        boolean[] out = new boolean[in.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (in[y * width + x]) {
                    for (int dy = Math.max(0, y - 1); dy <= Math.min(height - 1, y + 1); dy++) {
                        Arrays.fill(out, dy * width + Math.max(0, x - 1), dy * width + Math.min(width, x + 2), true);
                    }
                }
            }
        }
        return out;
    }

    private static int[] spans(boolean[] covered, int offset, int length) {
        int[] s = new int[8];
        int n = 0;
        int x = 0;
        while (x < length) {
            while (x < length && !covered[offset + x]) {
                x++;
            }
            if (x == length) {
                break;
            }
            int start = x;
            while (x < length && covered[offset + x]) {
                x++;
            }
            if (n + 2 > s.length) {
                s = Arrays.copyOf(s, s.length * 2);
            }
            s[n++] = start;
            s[n++] = x;
        }
        return Arrays.copyOf(s, n);
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Share of the picture's luma pixels the mask covers, 0..1. */
    public double coverage() {
        return (double) coveredLuma / ((long) width * height);
    }

    /**
     * Fills the masked regions of a planar YUV 4:2:0 picture held in one buffer: the Y plane with {@code yStride}
     * bytes per row from {@code yOffset}, then U and V planes with {@code cStride} bytes per row.
     */
    public void applyYuv420p(ByteBuffer picture, int yOffset, int yStride, int uOffset, int vOffset, int cStride) {
        for (int y = 0; y < height; y++) {
            int[] s = lumaSpans[y];
            int row = yOffset + y * yStride;
            for (int i = 0; i < s.length; i += 2) {
                picture.put(row + s[i], fillY, 0, s[i + 1] - s[i]);
            }
        }
        for (int y = 0; y < chromaSpans.length; y++) {
            int[] s = chromaSpans[y];
            int u = uOffset + y * cStride, v = vOffset + y * cStride;
            for (int i = 0; i < s.length; i += 2) {
                picture.put(u + s[i], fillU, 0, s[i + 1] - s[i]);
                picture.put(v + s[i], fillV, 0, s[i + 1] - s[i]);
            }
        }
    }

    /** Fills the masked regions of a tightly packed YUV 4:2:0 picture (planes one after another, no row padding). */
    public void applyYuv420p(ByteBuffer picture) {
        int cw = (width + 1) / 2, ch = (height + 1) / 2;
        int u = width * height;
        applyYuv420p(picture, 0, width, u, u + cw * ch, cw);
    }

    /**
     * Fills the masked regions of a packed BGR picture (3 bytes per pixel, blue first, as Java2D's
     * {@code TYPE_3BYTE_BGR}) of this raster's size, {@code stride} bytes per row from {@code offset}: the same pixels as
     * in the Y plane, so a still picture is covered exactly like the video.
     */
    public void applyBgr(byte[] picture, int offset, int stride) {
        if (stride < width * 3 || offset < 0 || offset + (long) stride * (height - 1) + width * 3L > picture.length) {
            throw new IllegalArgumentException("BGR picture too small for " + width + "x" + height);
        }
        byte[] fill = new byte[width * 3];
        for (int x = 0; x < fill.length; x += 3) {
            fill[x] = (byte) fillRgb;
            fill[x + 1] = (byte) (fillRgb >> 8);
            fill[x + 2] = (byte) (fillRgb >> 16);
        }
        for (int y = 0; y < height; y++) {
            int[] s = lumaSpans[y];
            int row = offset + y * stride;
            for (int i = 0; i < s.length; i += 2) {
                System.arraycopy(fill, 0, picture, row + s[i] * 3, (s[i + 1] - s[i]) * 3);
            }
        }
    }

    /** Whether the luma pixel at x, y is covered. */
    public boolean covers(int x, int y) {
        int[] s = lumaSpans[y];
        for (int i = 0; i < s.length; i += 2) {
            if (x >= s[i] && x < s[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
