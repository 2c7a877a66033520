package org.pollcam.media.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaskRasterTest {

    @Test
    void leftThirdCoversItsColumnsPlusOnePixelMargin() {
        MaskRaster r = MaskRaster.of(PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 1 / 3.0, 1)), 90, 30);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 90; x++) {
                assertEquals(x <= 30, r.covers(x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals(31 / 90.0, r.coverage(), 1e-9);
    }

    @Test
    void concavePolygonLeavesItsNotchOpen() {
        // a U shape: the notch in the middle top must stay visible
        PrivacyMask mask = PrivacyMask.of(PrivacyMask.Polygon.of(0, 0, 0.3, 0, 0.3, 0.5, 0.7, 0.5, 0.7, 0, 1, 0, 1, 1, 0, 1));
        MaskRaster r = MaskRaster.of(mask, 100, 100);
        assertTrue(r.covers(10, 10));
        assertTrue(r.covers(90, 10));
        assertFalse(r.covers(50, 20));
        assertTrue(r.covers(50, 80));
    }

    @Test
    void fillsLumaAndBothChromaPlanes() {
        int w = 8, h = 4;
        ByteBuffer picture = ByteBuffer.allocateDirect(w * h + 2 * (w / 2) * (h / 2));
        for (int i = 0; i < picture.capacity(); i++) {
            picture.put(i, (byte) 200);
        }
        PrivacyMask mask = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 0.25, 1)).withFill(PrivacyMask.BLACK);
        MaskRaster.of(mask, w, h).applyYuv420p(picture);
        assertEquals(16, picture.get(0) & 0xFF);     // Y (0,0)
        assertEquals(16, picture.get(2) & 0xFF);     // Y (2,0): mask 0..1 plus one pixel margin
        assertEquals(200, picture.get(3) & 0xFF);    // Y (3,0) untouched
        assertEquals(128, picture.get(w * h) & 0xFF);             // U (0,0)
        assertEquals(128, picture.get(w * h + 8) & 0xFF);         // V (0,0)
        assertEquals(200, picture.get(w * h + 3) & 0xFF);         // U (3,0) untouched
    }

    @Test
    void fillsTheSamePixelsOfABgrPictureBlueFirst() {
        int w = 8, h = 2, stride = w * 3 + 5, offset = 7;
        byte[] picture = new byte[offset + stride * h];
        Arrays.fill(picture, (byte) 200);
        PrivacyMask mask = PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 0.25, 1)).withFill(0x102030);
        MaskRaster.of(mask, w, h).applyBgr(picture, offset, stride);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int at = offset + y * stride + x * 3;
                boolean covered = x <= 2; // columns 0..1 plus one pixel margin, as in the Y plane
                assertEquals(covered ? 0x30 : 200, picture[at] & 0xFF, "blue " + x + "," + y);
                assertEquals(covered ? 0x20 : 200, picture[at + 1] & 0xFF, "green " + x + "," + y);
                assertEquals(covered ? 0x10 : 200, picture[at + 2] & 0xFF, "red " + x + "," + y);
            }
        }
        assertEquals(200, picture[offset - 1] & 0xFF);
        assertEquals(200, picture[offset + w * 3] & 0xFF, "row padding untouched");
    }

    @Test
    void rejectsPointsOutsideThePicture() {
        assertThrows(IllegalArgumentException.class, () -> PrivacyMask.Polygon.of(0, 0, 1.2, 0, 1, 1));
    }
}
