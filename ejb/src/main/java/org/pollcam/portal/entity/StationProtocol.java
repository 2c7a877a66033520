package org.pollcam.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A station's protocol signed in an election: from then on its cameras are off air for the public, as the commission's
 * rules say. Recorded once per election and station, with who recorded it.
 */
@Entity
public class StationProtocol {

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "election_id")
        private long electionId;

        @Column(name = "station_id")
        private long stationId;

        protected Key() {
        }

        public Key(long electionId, long stationId) {
            this.electionId = electionId;
            this.stationId = stationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.electionId == electionId && key.stationId == stationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, stationId);
        }
    }

    @EmbeddedId
    private Key key;

    private Instant signedAt;

    private String recordedBy;

    protected StationProtocol() {
    }

    public StationProtocol(long electionId, long stationId, Instant signedAt, String recordedBy) {
        this.key = new Key(electionId, stationId);
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
