package org.pollcam.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * An electoral constituency (seçki dairəsi), numbered across the country ("No. 1 Sharur-Babek"). Its Constituency
 * Election Commission runs the polling stations numbered within it.
 */
@Entity
@Cacheable
public class Constituency {

    @Id
    @GeneratedValue(generator = "constituency_seq")
    @SequenceGenerator(name = "constituency_seq", sequenceName = "constituency_seq", allocationSize = 50)
    private Long id;

    private int number;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    @Version
    private int version;

    protected Constituency() {
    }

    public Constituency(int number, String name, Region region) {
        this.number = number;
        this.name = name;
        this.region = region;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public Region getRegion() {
        return region;
    }

    /** "No. 12 Nasimi", as commissions write it. */
    public String getTitle() {
        return "No. " + number + " " + name;
    }
}
