package org.pollcam.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers public reads with an ETag of the exact bytes sent and a short public cache life, so browsers, nginx or a
 * CDN revalidate cheaply and a client that has the current version gets 304 without a body.
 */
@ApplicationScoped
public class CachedJson {

    private static final int MAX_AGE_SECONDS = 30;

    @Inject
    ApplicationJsonb applicationJsonb;

    public Response ok(Request request, Object entity) {
        String json = applicationJsonb.jsonb().toJson(entity);
        EntityTag tag = new EntityTag(digest(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return response.tag(tag).cacheControl(cache).build();
    }

    private static String digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
