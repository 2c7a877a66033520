package org.pollcam.media.publish;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Still pictures of a camera for the portal, the control center and the dashboards. Ballot secrecy: every way to a
 * snapshot JPEG goes through {@link #maskedJpeg(BufferedImage, PrivacyMask)}, which takes the camera's mask, so a
 * snapshot of a masked camera is masked like its video (an unmasked camera passes {@link PrivacyMask#NONE}). The
 * regions are filled with the same {@link MaskRaster} as the video: a pixel whose centre is inside a polygon plus a
 * one-pixel margin, no anti-aliasing, so no blended edge shows what is underneath. The stream probe's snapshot comes
 * here too.
 */
public final class Snapshots {

    /** JPEG quality for all snapshots: small enough for a wall of cameras, clear enough to see the room. */
    private static final float JPEG_QUALITY = 0.8f;

    private Snapshots() {
    }

    /**
     * A JPEG {@code width} pixels wide (height by the frame's aspect) of a decoded frame in the grabber's default BGR
     * format, with the mask's polygons filled.
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
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return maskedJpeg(picture, mask);
    }

    /**
     * A JPEG of a picture already at snapshot size, with the mask's polygons filled first. A {@code TYPE_3BYTE_BGR}
     * picture is filled in place (the caller's pixels change); any other type is copied into one first.
     */
    public static byte[] maskedJpeg(BufferedImage picture, PrivacyMask mask) {
        BufferedImage bgr = picture.getType() == BufferedImage.TYPE_3BYTE_BGR ? picture : bgrCopy(picture);
        if (!mask.isEmpty()) {
            Raster raster = bgr.getRaster();
            ComponentSampleModel layout = (ComponentSampleModel) raster.getSampleModel();
            DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
            // TYPE_3BYTE_BGR keeps blue, green, red in that order; a sub-image starts inside a larger buffer
            int offset = buffer.getOffset() - raster.getSampleModelTranslateY() * layout.getScanlineStride()
                    - raster.getSampleModelTranslateX() * layout.getPixelStride()
                    + Arrays.stream(layout.getBandOffsets()).min().orElse(0);
            MaskRaster.of(mask, bgr.getWidth(), bgr.getHeight())
                    .applyBgr(buffer.getData(), offset, layout.getScanlineStride());
        }
        return jpeg(bgr);
    }

    private static BufferedImage bgrCopy(BufferedImage picture) {
        BufferedImage bgr = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        return bgr;
    }

    private static byte[] jpeg(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            // In memory: ImageIO.write would buffer through a temporary file.
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(picture, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
