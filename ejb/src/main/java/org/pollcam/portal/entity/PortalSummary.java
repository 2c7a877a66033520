package org.pollcam.portal.entity;

/**
 * The home page's live counters. {@code camerasUnchecked} are on air by the rules but not yet judged by supervision:
 * counted apart, not as online.
 */
public record PortalSummary(long stationsOnAir, long camerasOnline, long camerasUnchecked, long viewers) {
}
