package org.pollcam.registry.entity;

/** A constituency with its region and how many polling stations it numbers. */
public record ConstituencySummary(long id, int number, String name, long regionId, String regionName, long stations) {
}
