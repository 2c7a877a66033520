package org.pollcam.registry.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * An election run by the commission, with its day's schedule in the country's time zone and the stations whose
 * cameras broadcast in it.
 */
@Entity
public class Election {

    @Id
    @GeneratedValue(generator = "election_seq")
    @SequenceGenerator(name = "election_seq", sequenceName = "election_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    private String name;

    @NotNull
    private LocalDate electionDay;

    @NotBlank
    private String timeZone;

    @Valid
    @Embedded
    private ElectionSchedule schedule;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "election_broadcast",
            joinColumns = @JoinColumn(name = "election_id"),
            inverseJoinColumns = @JoinColumn(name = "station_id"))
    private Set<PollingStation> broadcastStations = new HashSet<>();

    @Version
    private int version;

    protected Election() {
    }

    public Election(String name, LocalDate electionDay, ZoneId timeZone, ElectionSchedule schedule) {
        this.name = name;
        this.electionDay = electionDay;
        this.timeZone = timeZone.getId();
        this.schedule = schedule;
    }

    public ElectionPhase phaseAt(Instant instant) {
        return schedule.phaseAt(instant.atZone(getZone()).toLocalDateTime());
    }

    /** Moves election day, e.g. the demo election to "now" on every start of a demo server. */
    public void reschedule(LocalDate day, ElectionSchedule newSchedule) {
        this.electionDay = day;
        this.schedule = newSchedule;
    }

    public void broadcastFrom(PollingStation station) {
        broadcastStations.add(station);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getElectionDay() {
        return electionDay;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public ElectionSchedule getSchedule() {
        return schedule;
    }
}
