package org.pollcam.registry.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator (edit dialog), an API client or a CSV row says a polling station should be. One set of
 * constraints serves all three, so a station is valid the same way wherever it comes from.
 */
public class StationDraft {

    @NotNull
    @Min(1)
    @Max(999)
    private Integer constituencyNumber;

    @NotNull
    @Min(1)
    @Max(9999)
    private Integer number;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotNull
    @DecimalMin("-90")
    @DecimalMax("90")
    @Digits(integer = 3, fraction = 6)
    private BigDecimal latitude;

    @NotNull
    @DecimalMin("-180")
    @DecimalMax("180")
    @Digits(integer = 3, fraction = 6)
    private BigDecimal longitude;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer registeredVoters;

    @Valid
    @Size(max = 3)
    private List<CameraDraft> cameras = new ArrayList<>();

    public static StationDraft of(PollingStation station) {
        StationDraft draft = new StationDraft();
        draft.constituencyNumber = station.getConstituency().getNumber();
        draft.number = station.getNumber();
        draft.address = station.getAddress();
        draft.latitude = station.getLatitude();
        draft.longitude = station.getLongitude();
        draft.registeredVoters = station.getRegisteredVoters();
        station.getCameras().forEach(camera -> draft.cameras.add(CameraDraft.of(camera)));
        return draft;
    }

    @AssertTrue(message = "{pollcam.station.cameras.oneperrole}")
    public boolean isOneCameraPerRole() {
        return cameras == null || cameras.stream().map(CameraDraft::getRole).filter(java.util.Objects::nonNull)
                .distinct().count() == cameras.stream().map(CameraDraft::getRole)
                .filter(java.util.Objects::nonNull).count();
    }

    public Integer getConstituencyNumber() {
        return constituencyNumber;
    }

    public void setConstituencyNumber(Integer constituencyNumber) {
        this.constituencyNumber = constituencyNumber;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Integer getRegisteredVoters() {
        return registeredVoters;
    }

    public void setRegisteredVoters(Integer registeredVoters) {
        this.registeredVoters = registeredVoters;
    }

    public List<CameraDraft> getCameras() {
        return cameras;
    }

    public void setCameras(List<CameraDraft> cameras) {
        this.cameras = cameras == null ? new ArrayList<>() : cameras;
    }
}
