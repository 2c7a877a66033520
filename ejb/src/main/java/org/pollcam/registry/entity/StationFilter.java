package org.pollcam.registry.entity;

/**
 * Which stations a list shows: by region, by constituency number, and by a text matched against the station code
 * ("12-34"), the constituency's name and the address. Empty parts match everything.
 */
public record StationFilter(Long regionId, Integer constituencyNumber, String text) {

    public static final StationFilter ALL = new StationFilter(null, null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
