package org.pollcam.media.publish;

import java.util.List;
import java.util.Objects;

/**
 * The regions of a camera's picture that must never reach a viewer or the archive, because they could show how a voter
 * marks a ballot (the booth, the table where ballots are filled in). Polygons are in coordinates normalised to the
 * picture (0..1, origin top left), so one mask fits every resolution the camera sends. Regions are filled with one
 * solid colour before encoding.
 */
public record PrivacyMask(List<Polygon> polygons, int fillRgb) {

    /** Black, the default fill. */
    public static final int BLACK = 0x000000;

    /** A camera without masks: its stream may be remuxed as it is. */
    public static final PrivacyMask NONE = new PrivacyMask(List.of(), BLACK);

    public PrivacyMask {
        polygons = List.copyOf(Objects.requireNonNull(polygons, "polygons"));
        if ((fillRgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("fillRgb must be 0xRRGGBB: " + Integer.toHexString(fillRgb));
        }
    }

    public static PrivacyMask of(Polygon... polygons) {
        return new PrivacyMask(List.of(polygons), BLACK);
    }

    /**
     * Reads the text form kept in the station registry: polygons separated by {@code ;}, points by spaces, each point
     * {@code x,y} — e.g. {@code 0,0 0.33,0 0.33,1 0,1; 0.6,0.5 0.8,0.5 0.7,0.9}. Blank text is no mask.
     *
     * @throws IllegalArgumentException naming what is wrong, for text that is not a mask
     */
    public static PrivacyMask parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Polygon> polygons = new java.util.ArrayList<>();
        for (String polygon : text.split(";")) {
            List<Point> points = new java.util.ArrayList<>();
            for (String point : polygon.trim().split("\\s+")) {
                String[] xy = point.split(",");
                if (xy.length != 2) {
                    throw new IllegalArgumentException("'" + point + "' is not a point x,y");
                }
                try {
                    points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + point + "' is not a point x,y");
                }
            }
            polygons.add(new Polygon(points));
        }
        return new PrivacyMask(polygons, BLACK);
    }

    /** The text form {@link #parse(String)} reads; empty for no mask. */
    public String text() {
        return polygons.stream().map(polygon -> polygon.points().stream()
                        .map(point -> format(point.x()) + "," + format(point.y()))
                        .collect(java.util.stream.Collectors.joining(" ")))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String format(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public PrivacyMask withFill(int rgb) {
        return new PrivacyMask(polygons, rgb);
    }

    public boolean isEmpty() {
        return polygons.isEmpty();
    }

    /** The fill colour as limited-range BT.601 Y, Cb, Cr, the way H.264 cameras encode it. */
    public int[] fillYuv() {
        int r = fillRgb >> 16 & 0xFF, g = fillRgb >> 8 & 0xFF, b = fillRgb & 0xFF;
        int y = (int) Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
        int u = (int) Math.round(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
        int v = (int) Math.round(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
        return new int[] {y, u, v};
    }

    /** A point of a polygon, normalised to the picture: x 0 = left edge, 1 = right edge; y 0 = top, 1 = bottom. */
    public record Point(double x, double y) {
        public Point {
            if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("point outside 0..1: " + x + "," + y);
            }
        }
    }

    /** A closed polygon (the last point joins the first); at least three points, may be concave. */
    public record Polygon(List<Point> points) {
        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 3) {
                throw new IllegalArgumentException("a polygon needs at least 3 points");
            }
        }

        /** Polygon from x0, y0, x1, y1, ... */
        public static Polygon of(double... xy) {
            if (xy.length % 2 != 0) {
                throw new IllegalArgumentException("odd number of coordinates");
            }
            Point[] p = new Point[xy.length / 2];
            for (int i = 0; i < p.length; i++) {
                p[i] = new Point(xy[2 * i], xy[2 * i + 1]);
            }
            return new Polygon(List.of(p));
        }

        public static Polygon rectangle(double left, double top, double right, double bottom) {
            return of(left, top, right, top, right, bottom, left, bottom);
        }
    }
}
