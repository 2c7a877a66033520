package org.pollcam.portal.hls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.DateUtils;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

/**
 * Serves the published live HLS, playlists and segments, from memory on Undertow's I/O thread, in front of the
 * {@code /media} file handler.
 * <p>
 * Every viewer of a camera asks for the same playlist every two seconds and for each new segment once. Undertow's file
 * handler hands every request to a worker thread and reads the file again; that is why WildFly served a third of what
 * nginx served from the same folder. Here a file is read once and kept for as long as it is the same file (inode),
 * with the size and modification time it was read with: each request checks them, so a playlist the publisher has
 * renamed over the old one is read again at once (a new file, even within the file system's clock tick), and a deleted
 * segment is gone.
 * <p>
 * Only plain and If-Modified-Since GETs of {@code .m3u8} and {@code .ts} files are answered here. Everything else (other
 * files, HEAD, range and other conditional requests, files larger than {@code maxFileBytes}, paths outside the folder,
 * symbolic links, which the file handler does not follow either)
 * goes to the file handler, so its answers stay Undertow's. The memory held is bounded by {@code maxBytes}, least
 * recently used first out; it is direct memory, which a socket write takes as it is.
 */
public final class PublishedHlsCache implements HttpHandler {
    private static final String PLAYLIST = ".m3u8";
    private static final String SEGMENT = ".ts";

    private final HttpHandler fileHandler;
    private Path folder;
    private int maxFileBytes = 8 * 1024 * 1024;
    private volatile Cache<String, PublishedFile> files = keeping(128L * 1024 * 1024);

    /** For WildFly's custom-filter, which then sets {@code folder}, {@code maxBytes} and {@code maxFileBytes}. */
    public PublishedHlsCache(HttpHandler fileHandler) {
        this.fileHandler = fileHandler;
    }

    public void setFolder(String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    public void setMaxBytes(long maxBytes) {
        this.files = keeping(maxBytes);
    }

    public void setMaxFileBytes(int maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Path file = publishedFile(exchange);
        if (file == null || !isPlainGet(exchange)) {
            fileHandler.handleRequest(exchange);
            return;
        }
        PublishedFile kept = files.getIfPresent(file.toString());
        if (kept != null && kept.isCurrent(attributesOrNull(file))) {
            send(kept, exchange);
        } else if (exchange.isInIoThread()) {
            exchange.dispatch((HttpHandler) this::readAndSend);
        } else {
            readAndSend(exchange);
        }
    }

    long bytesHeld() {
        files.cleanUp();
        return files.asMap().values().stream().mapToLong(PublishedFile::length).sum();
    }

    private void readAndSend(HttpServerExchange exchange) throws Exception {
        Path file = publishedFile(exchange);
        BasicFileAttributes attributes = attributesOrNull(file);
        if (attributes == null || !attributes.isRegularFile() || attributes.size() > maxFileBytes
                || !liesInFolder(file)) {
            files.invalidate(file.toString());
            fileHandler.handleRequest(exchange);
            return;
        }
        PublishedFile read;
        try {
            read = files.asMap().compute(file.toString(), (key, kept) ->
                    kept != null && kept.isCurrent(attributes) ? kept : PublishedFile.read(file, attributes));
        } catch (UncheckedIOException deletedMeanwhile) {
            fileHandler.handleRequest(exchange);
            return;
        }
        send(read, exchange);
    }

    private void send(PublishedFile file, HttpServerExchange exchange) {
        if (!DateUtils.handleIfModifiedSince(exchange, file.lastModified())) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        HeaderMap headers = exchange.getResponseHeaders();
        if (!headers.contains(Headers.CONTENT_TYPE)) {
            headers.put(Headers.CONTENT_TYPE, file.contentType());
        }
        headers.put(Headers.LAST_MODIFIED, file.lastModifiedText());
        exchange.getResponseSender().send(file.body());
    }

    /** The file a request names inside the folder, if it is a playlist or a segment; null for anything else. */
    private Path publishedFile(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        if (folder == null || !(path.endsWith(PLAYLIST) || path.endsWith(SEGMENT)) || path.indexOf('\\') >= 0) {
            return null;
        }
        Path file = folder.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        return file.startsWith(folder) && !file.equals(folder) ? file : null;
    }

    /** False for a file reached through a symbolic link out of the folder, or deleted since its attributes were read. */
    private boolean liesInFolder(Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean isPlainGet(HttpServerExchange exchange) {
        HeaderMap request = exchange.getRequestHeaders();
        return Methods.GET.equals(exchange.getRequestMethod()) && !request.contains(Headers.RANGE)
                && !request.contains(Headers.IF_NONE_MATCH) && !request.contains(Headers.IF_MATCH)
                && !request.contains(Headers.IF_UNMODIFIED_SINCE) && !request.contains(Headers.IF_RANGE);
    }

    private static BasicFileAttributes attributesOrNull(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException deleted) {
            return null;
        }
    }

    private static Cache<String, PublishedFile> keeping(long maxBytes) {
        return Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String path, PublishedFile file) -> file.length()).build();
    }

    /** A file as it was read: its bytes, and the size and time that say whether the file on disk is still it. */
    private record PublishedFile(ByteBuffer bytes, Object identity, long size, long modifiedNanos, Date lastModified,
                                 String lastModifiedText, String contentType) {

        static PublishedFile read(Path file, BasicFileAttributes attributes) {
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer bytes = ByteBuffer.allocateDirect((int) attributes.size());
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // a file shorter than it was when its size was read ends the loop; its new time makes it stale
                }
                bytes.flip();
                Date lastModified = new Date(attributes.lastModifiedTime().toMillis());
                return new PublishedFile(bytes.asReadOnlyBuffer(), attributes.fileKey(), attributes.size(),
                        modifiedNanos(attributes), lastModified, DateUtils.toDateString(lastModified),
                        file.toString().endsWith(PLAYLIST) ? "application/vnd.apple.mpegurl" : "video/mp2t");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean isCurrent(BasicFileAttributes attributes) {
            return attributes != null && attributes.size() == size && modifiedNanos(attributes) == modifiedNanos
                    && Objects.equals(attributes.fileKey(), identity);
        }

        int length() {
            return bytes.limit();
        }

        /** Each response gets its own view of the bytes: sending moves a buffer's position. */
        ByteBuffer body() {
            return bytes.duplicate();
        }

        private static long modifiedNanos(BasicFileAttributes attributes) {
            return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }
    }
}
