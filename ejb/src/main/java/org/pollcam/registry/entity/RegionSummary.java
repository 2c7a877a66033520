package org.pollcam.registry.entity;

/** A region with how many constituencies it has. */
public record RegionSummary(long id, String name, long constituencies) {
}
