package org.pollcam.registry.entity;

import java.math.BigDecimal;

/** A polling station as lists show it: one row, no cameras loaded, only how many there are. */
public record StationSummary(long id, String code, int constituencyNumber, String constituencyName, String regionName,
                             int number, String address, BigDecimal latitude, BigDecimal longitude,
                             int registeredVoters, long cameraCount) {

    public StationSummary(long id, int constituencyNumber, String constituencyName, String regionName, int number,
                          String address, BigDecimal latitude, BigDecimal longitude, int registeredVoters,
                          long cameraCount) {
        this(id, new StationCode(constituencyNumber, number).toString(), constituencyNumber, constituencyName,
                regionName, number, address, latitude, longitude, registeredVoters, cameraCount);
    }
}
