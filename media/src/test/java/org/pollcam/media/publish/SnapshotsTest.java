package org.pollcam.media.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    static final PrivacyMask LEFT_HALF =
            PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 0.5, 1)).withFill(0x2040C0);

    @Test
    void masksPicturesOfAnyLayout() throws IOException {
        BufferedImage rgb = white(BufferedImage.TYPE_INT_RGB, 160, 96);
        assertLeftHalfFilled(decode(Snapshots.maskedJpeg(rgb, LEFT_HALF)), 160, 96);

        BufferedImage larger = white(BufferedImage.TYPE_3BYTE_BGR, 240, 160);
        BufferedImage inside = larger.getSubimage(48, 32, 160, 96);
        assertLeftHalfFilled(decode(Snapshots.maskedJpeg(inside, LEFT_HALF)), 160, 96);
        assertEquals(0xFFFFFF, larger.getRGB(40, 40) & 0xFFFFFF, "outside the sub-image untouched");
        assertEquals(0xFFFFFF, larger.getRGB(60, 20) & 0xFFFFFF, "above the sub-image untouched");
    }

    private static BufferedImage white(int type, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static void assertLeftHalfFilled(BufferedImage image, int w, int h) {
        assertEquals(w, image.getWidth());
        assertEquals(h, image.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int expected = x < w / 2 - 8 ? 0x2040C0 : x >= w / 2 + 16 ? 0xFFFFFF : -1;
                if (expected >= 0) {
                    for (int shift = 0; shift <= 16; shift += 8) {
                        int d = Math.abs((rgb >> shift & 0xFF) - (expected >> shift & 0xFF));
                        assertTrue(d <= 12, "pixel " + x + "," + y + " = " + Integer.toHexString(rgb));
                    }
                }
            }
        }
    }
}
