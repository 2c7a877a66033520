package org.pollcam.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without it RESTEasy builds a new {@code Jsonb} for every request body it reads
 * or writes, and a new one looks its provider up through the service loader and introspects the classes again:
 * about a fifth of the server's CPU per encoder push (bench/supervision.sh). A {@code Jsonb} is thread-safe.
 */
@Provider
@ApplicationScoped
public class ApplicationJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    public Jsonb jsonb() {
        return jsonb;
    }
}
