-- Station registry: regions, constituencies, polling stations, their webcams, and elections.
-- Runs unchanged on H2 2.x and PostgreSQL 15; Hibernate validates it, never creates it.

CREATE SEQUENCE region_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE constituency_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE polling_station_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE camera_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE election_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE region (
    id      BIGINT       NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    version INTEGER      NOT NULL,
    CONSTRAINT uk_region_name UNIQUE (name)
);

CREATE TABLE constituency (
    id        BIGINT       NOT NULL PRIMARY KEY,
    number    INTEGER      NOT NULL,
    name      VARCHAR(100) NOT NULL,
    region_id BIGINT       NOT NULL REFERENCES region (id),
    version   INTEGER      NOT NULL,
    CONSTRAINT uk_constituency_number UNIQUE (number)
);
CREATE INDEX ix_constituency_region ON constituency (region_id);

CREATE TABLE polling_station (
    id                BIGINT        NOT NULL PRIMARY KEY,
    constituency_id   BIGINT        NOT NULL REFERENCES constituency (id),
    number            INTEGER       NOT NULL,
    address           VARCHAR(300)  NOT NULL,
    latitude          NUMERIC(9, 6) NOT NULL,
    longitude         NUMERIC(9, 6) NOT NULL,
    registered_voters INTEGER       NOT NULL,
    version           INTEGER       NOT NULL,
    CONSTRAINT uk_station_number UNIQUE (constituency_id, number)
);

CREATE TABLE camera (
    id             BIGINT       NOT NULL PRIMARY KEY,
    station_id     BIGINT       NOT NULL REFERENCES polling_station (id) ON DELETE CASCADE,
    role           VARCHAR(20)  NOT NULL,
    stream_url     VARCHAR(500) NOT NULL,
    credential_ref VARCHAR(100),
    enabled        BOOLEAN      NOT NULL,
    version        INTEGER      NOT NULL,
    CONSTRAINT uk_camera_role UNIQUE (station_id, role)
);

CREATE TABLE election (
    id                BIGINT       NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    election_day      DATE         NOT NULL,
    time_zone         VARCHAR(50)  NOT NULL,
    voting_opens      TIMESTAMP    NOT NULL,
    voting_closes     TIMESTAMP    NOT NULL,
    counting_ends     TIMESTAMP    NOT NULL,
    tabulation_ends   TIMESTAMP    NOT NULL,
    version           INTEGER      NOT NULL
);
CREATE INDEX ix_election_day ON election (election_day);

-- The stations whose cameras broadcast in an election (about 20% of all stations).
CREATE TABLE election_broadcast (
    election_id BIGINT NOT NULL REFERENCES election (id) ON DELETE CASCADE,
    station_id  BIGINT NOT NULL REFERENCES polling_station (id) ON DELETE CASCADE,
    PRIMARY KEY (election_id, station_id)
);
CREATE INDEX ix_broadcast_station ON election_broadcast (station_id);
