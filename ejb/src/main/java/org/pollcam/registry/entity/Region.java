package org.pollcam.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A region of the country (the capital, Nakhchivan, Ganja-Dashkasan, ...). Groups constituencies for navigation and
 * reports; it has no commission of its own.
 */
@Entity
@Cacheable
public class Region {

    @Id
    @GeneratedValue(generator = "region_seq")
    @SequenceGenerator(name = "region_seq", sequenceName = "region_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    @Version
    private int version;

    protected Region() {
    }

    public Region(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
