package org.pollcam.registry.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A polling station (seçki məntəqəsi) with its Precinct Election Commission, numbered within its constituency.
 * About one in five stations has webcams, at most one per {@link CameraRole}.
 */
@Entity
public class PollingStation {

    @Id
    @GeneratedValue(generator = "polling_station_seq")
    @SequenceGenerator(name = "polling_station_seq", sequenceName = "polling_station_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Constituency constituency;

    private int number;

    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    private int registeredVoters;

    @OneToMany(mappedBy = "station", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Camera> cameras = new ArrayList<>();

    @Version
    private int version;

    protected PollingStation() {
    }

    public PollingStation(Constituency constituency, int number) {
        this.constituency = constituency;
        this.number = number;
    }

    /** Takes over everything a draft says about the station itself; cameras are set one by one. */
    public void describe(StationDraft draft) {
        this.number = draft.getNumber();
        this.address = draft.getAddress().strip();
        this.latitude = draft.getLatitude();
        this.longitude = draft.getLongitude();
        this.registeredVoters = draft.getRegisteredVoters();
    }

    public void moveTo(Constituency constituency) {
        this.constituency = constituency;
    }

    /**
     * Makes the station's cameras those of the drafts: a camera keeps its identity (and so its history) while its role
     * stays, roles no longer listed lose their camera.
     */
    public void equip(List<CameraDraft> drafts) {
        Set<CameraRole> kept = drafts.stream().map(CameraDraft::getRole).collect(java.util.stream.Collectors.toSet());
        cameras.removeIf(camera -> !kept.contains(camera.getRole()));
        for (CameraDraft draft : drafts) {
            Camera camera = camera(draft.getRole()).orElseGet(() -> {
                Camera added = new Camera(this, draft.getRole());
                cameras.add(added);
                return added;
            });
            camera.configure(draft);
        }
    }

    public Optional<Camera> camera(CameraRole role) {
        return cameras.stream().filter(camera -> camera.getRole() == role).findFirst();
    }

    public StationCode getCode() {
        return new StationCode(constituency.getNumber(), number);
    }

    public Long getId() {
        return id;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public int getNumber() {
        return number;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public int getRegisteredVoters() {
        return registeredVoters;
    }

    public List<Camera> getCameras() {
        return Collections.unmodifiableList(cameras);
    }

    public int getVersion() {
        return version;
    }
}
