-- Public portal: a station's broadcast ends once its protocol is signed (the commission's rule). One row per
-- election and station, written by an operator action or the API; the portal reads it with the broadcast rules.
-- Versioned 5.1 so that a V5 of another feature branch keeps its number.
CREATE TABLE station_protocol (
    election_id BIGINT                   NOT NULL REFERENCES election (id) ON DELETE CASCADE,
    station_id  BIGINT                   NOT NULL REFERENCES polling_station (id) ON DELETE CASCADE,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (election_id, station_id)
);
CREATE INDEX ix_station_protocol_station ON station_protocol (station_id);
