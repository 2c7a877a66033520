package org.pollcam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * Makes the public pages cacheable by browsers, nginx or a CDN. An anonymous GET of a page is answered with an ETag of
 * the exact bytes, {@code Cache-Control: public, max-age=5, s-maxage=30} (a browser sees a change within 5 s; a shared
 * cache in front of thousands of viewers asks again after 30 s) and {@code Vary} on what picks the language, or with
 * 304 when the client has those bytes already. A page is cached publicly only when it depends on nothing of the
 * visitor's: no session existed or was created for it (signed-in staff, a stateful form), and it sets no cookie
 * (a language switch). Everything else is marked {@code private, no-cache}. A page whose view names what it shows
 * ({@link PageVersion}) is tagged with that version instead of its bytes, and answers a matching revalidation before
 * it is rendered. {@code stale-if-error} lets a proxy or CDN keep the portal readable while the servers behind it are
 * down. (No {@code stale-while-revalidate}: browsers honour it too, and a visitor would see a page seconds older.)
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PublicPageCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_AGE_SECONDS = 5;
    /** How long nginx or a CDN may keep a page: it revalidates after that, which most pages answer unrendered. */
    static final int SHARED_MAX_AGE_SECONDS = 30;
    static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS + ", s-maxage=" + SHARED_MAX_AGE_SECONDS
            + ", stale-if-error=600";
    /** The request attribute where {@link PageVersion} leaves the page's tag. */
    static final String VERSION = PublicPageCaching.class.getName() + ".version";
    private static final Set<String> STAFF_AREAS = Set.of("/admin/", "/control/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPublicRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedPage page = new BufferedPage(response);
        chain.doFilter(request, page);
        if (page.passedThrough()) {
            return;
        }
        byte[] body = page.body();
        int status = response.getStatus();
        boolean sharable = mayShare(request)
                && (status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED);
        if (!sharable) {
            response.setHeader("Cache-Control", "private, no-cache");
            write(request, response, body);
            return;
        }
        String tag = request.getAttribute(VERSION) instanceof String version ? version : tag(body);
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (status == HttpServletResponse.SC_NOT_MODIFIED || matches(request, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(-1);
            return;
        }
        write(request, response, body);
    }

    /** Whether this request's page may be kept by shared caches: nobody's own page, and no language switch. */
    static boolean mayShare(HttpServletRequest request) {
        return request.getSession(false) == null && request.getUserPrincipal() == null
                && request.getParameter(LocaleView.PARAMETER) == null;
    }

    static boolean matches(HttpServletRequest request, String tag) {
        String asked = request.getHeader("If-None-Match");
        return asked != null && (asked.equals(tag) || asked.contains(tag));
    }

    static String tag(String version) {
        return tag(version.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isPublicRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String path = request.getServletPath();
        return STAFF_AREAS.stream().noneMatch(path::startsWith);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, byte[] body)
            throws IOException {
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    private static String tag(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps the page in memory until it is complete. An error or a redirect goes straight to the client: there is
     * nothing to cache.
     */
    private static final class BufferedPage extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passedThrough;

        BufferedPage(HttpServletResponse response) {
            super(response);
        }

        boolean passedThrough() {
            return passedThrough;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedThrough = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passedThrough = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("a buffered page is written blocking");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // the page is sent whole, with its ETag, when it is complete
        }

        @Override
        public void setContentLength(int length) {
            // the length is that of the buffered page
        }

        @Override
        public void setContentLengthLong(long length) {
            // the length is that of the buffered page
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }
    }
}
