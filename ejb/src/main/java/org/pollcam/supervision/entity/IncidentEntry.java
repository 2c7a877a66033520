package org.pollcam.supervision.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One line of an incident's history: who did what and when, with an optional note. */
@Entity
public class IncidentEntry {

    @Id
    @GeneratedValue(generator = "incident_entry_seq")
    @SequenceGenerator(name = "incident_entry_seq", sequenceName = "incident_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Incident incident;

    private Instant at;

    private String actor;

    private String action;

    private String note;

    protected IncidentEntry() {
    }

    IncidentEntry(Incident incident, Instant at, String actor, String action, String note) {
        this.incident = incident;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }
}
