package org.pollcam.registry.entity;

/**
 * What a station's camera looks at. A station has at most one camera per role; none of them may show how a voter
 * marks a ballot.
 */
public enum CameraRole {
    /** The room: queues, booths from behind, the commission's table. */
    OVERVIEW,
    /** The ballot box, so that ballot stuffing is visible. */
    BALLOT_BOX,
    /** The table where ballots are counted after the polls close. */
    COUNT_TABLE
}
