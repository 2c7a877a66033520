package org.pollcam.registry.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A change the registry refuses as it stands (unknown constituency, a station number already taken, a station that is
 * gone). The transaction rolls back; the reason tells the caller what to show.
 */
@ApplicationException(rollback = true)
public class RegistryRejection extends RuntimeException {

    public enum Reason { NOT_FOUND, UNKNOWN_CONSTITUENCY, STATION_NUMBER_TAKEN }

    private final Reason reason;

    public RegistryRejection(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
