package org.pollcam.supervision.boundary;

import jakarta.ejb.ApplicationException;

/** An incident action that cannot be done: the incident is gone or already resolved. Nothing changed. */
@ApplicationException(rollback = true)
public class IncidentRefused extends RuntimeException {

    public IncidentRefused(String message) {
        super(message);
    }
}
