package org.pollcam.supervision.boundary;

import jakarta.ejb.ApplicationException;

/** A push the server refuses; nothing was queued. */
@ApplicationException(rollback = true)
public class PushRejected extends RuntimeException {

    public enum Reason { UNAUTHORIZED, INVALID }

    private final Reason reason;

    public PushRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
