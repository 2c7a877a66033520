package org.pollcam.supervision.entity;

import org.pollcam.media.health.StreamHealth;

/** Which cameras the grid shows: any combination of region, constituency and state; null means any. */
public record TileFilter(Long regionId, Long constituencyId, StreamHealth state) {

    public static TileFilter all() {
        return new TileFilter(null, null, null);
    }
}
