package org.pollcam.media.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Still pictures of a camera for the portal and the dashboards. The only way to a JPEG takes the camera's mask, so a
 * snapshot of a masked camera is masked like its video (an unmasked camera passes {@link PrivacyMask#NONE}).
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * A JPEG {@code width} pixels wide (height by the frame's aspect) of a decoded frame in the grabber's default BGR
     * format, with the mask's polygons filled. The outline is stroked too, so edges are covered at least as generously
     * as in the video.
     */
    public static byte[] maskedJpeg(Frame frame, PrivacyMask mask, int width) {
        BufferedImage source;
        try (Java2DFrameConverter converter = new Java2DFrameConverter()) {
            source = converter.convert(frame);
        }
        if (source == null) {
            throw new IllegalArgumentException("frame has no picture");
        }
        int height = Math.max(1, Math.round(source.getHeight() * (float) width / source.getWidth()));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(new Color(mask.fillRgb()));
            g.setStroke(new BasicStroke(2f));
            for (PrivacyMask.Polygon polygon : mask.polygons()) {
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < polygon.points().size(); i++) {
                    PrivacyMask.Point p = polygon.points().get(i);
                    if (i == 0) {
                        path.moveTo(p.x() * width, p.y() * height);
                    } else {
                        path.lineTo(p.x() * width, p.y() * height);
                    }
                }
                path.closePath();
                g.fill(path);
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }
}
