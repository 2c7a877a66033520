-- Supervision: every camera's current health, its timeline, what the probe remembers between checks, incidents.
-- Written per event, so every table is narrow and every query runs on an index.

-- The state operators and viewers see. Changed only by the event consumer, and only by a newer event
-- (source time, then sequence), so a redelivered or late event never moves it back.
CREATE TABLE camera_health (
    camera_id        BIGINT                   NOT NULL PRIMARY KEY REFERENCES camera (id) ON DELETE CASCADE,
    state            VARCHAR(20)              NOT NULL,
    reason           VARCHAR(300),
    state_since      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_source_time TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence    BIGINT                   NOT NULL,
    last_heard_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER                  NOT NULL
);
CREATE INDEX ix_camera_health_state ON camera_health (state);

-- Every accepted camera event, once: the event id is unique, which is what makes redelivery harmless.
CREATE SEQUENCE timeline_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE timeline_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    event_id    VARCHAR(36)              NOT NULL,
    camera_id   BIGINT                   NOT NULL REFERENCES camera (id) ON DELETE CASCADE,
    sequence    BIGINT                   NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    origin      VARCHAR(20)              NOT NULL,
    state       VARCHAR(20),
    reason      VARCHAR(300),
    source_time TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_timeline_event UNIQUE (event_id)
);
CREATE INDEX ix_timeline_camera_time ON timeline_entry (camera_id, source_time);
CREATE INDEX ix_timeline_time ON timeline_entry (source_time);

-- What the prober keeps between two checks of a camera: the last scheduled check it claimed (a job delivered twice
-- is probed once), the debounce streak, and the fingerprints for "frozen" and "moved".
CREATE TABLE camera_watch (
    camera_id             BIGINT                   NOT NULL PRIMARY KEY REFERENCES camera (id) ON DELETE CASCADE,
    last_slot             BIGINT                   NOT NULL,
    checked_at            TIMESTAMP WITH TIME ZONE,
    check_millis          INTEGER                  NOT NULL,
    confirmed_state       VARCHAR(20)              NOT NULL,
    candidate_state       VARCHAR(20)              NOT NULL,
    streak                INTEGER                  NOT NULL,
    reported_at           TIMESTAMP WITH TIME ZONE,
    previous_fingerprint  VARCHAR(1200),
    reference_fingerprint VARCHAR(1200)
);
CREATE INDEX ix_camera_watch_checked ON camera_watch (checked_at);

-- A fault an operator acts on. open_camera_id equals camera_id until the incident is resolved, then NULL:
-- the unique constraint allows one unresolved incident per camera on H2 and PostgreSQL alike.
CREATE SEQUENCE incident_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE incident (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    camera_id       BIGINT                   NOT NULL REFERENCES camera (id) ON DELETE CASCADE,
    open_camera_id  BIGINT,
    cause           VARCHAR(20)              NOT NULL,
    reason          VARCHAR(300),
    began_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    acknowledged_by VARCHAR(100),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    assignee        VARCHAR(100),
    resolved_by     VARCHAR(100),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolution      VARCHAR(500),
    flaps           INTEGER                  NOT NULL,
    version         INTEGER                  NOT NULL,
    CONSTRAINT uk_incident_open_camera UNIQUE (open_camera_id)
);
CREATE INDEX ix_incident_status ON incident (status, opened_at);
CREATE INDEX ix_incident_camera ON incident (camera_id, opened_at);

-- The incident's history: who did what, when, with which note.
CREATE SEQUENCE incident_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE incident_entry (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    incident_id BIGINT                   NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)             NOT NULL,
    action      VARCHAR(30)              NOT NULL,
    note        VARCHAR(500)
);
CREATE INDEX ix_incident_entry_incident ON incident_entry (incident_id, at);

-- Encoders push heartbeats and events with a per-camera token; only its SHA-256 is kept.
ALTER TABLE camera ADD COLUMN push_token_sha256 VARCHAR(64);
