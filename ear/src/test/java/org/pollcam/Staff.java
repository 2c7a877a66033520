package org.pollcam;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Who calls in a test: the anonymous public or one of the demo staff accounts (created with demo data). */
public enum Staff {
    ANONYMOUS(null), OPERATOR("operator"), CLERK("clerk"), AGENT("agent"), ADMIN("admin");

    private final String username;

    Staff(String username) {
        this.username = username;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username + "-demo";
    }

    /** The Authorization header value, or null for the public. */
    public String basicAuthorization() {
        return username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password()).getBytes(StandardCharsets.UTF_8));
    }
}
