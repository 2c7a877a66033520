package org.pollcam.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.pollcam.registry.boundary.ElectionCalendar;
import org.pollcam.registry.boundary.StationDirectory;

/** The home page: the election, its phase and how much of the country is on camera. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ElectionCalendar calendar;

    @Inject
    StationDirectory directory;

    private Optional<ElectionCalendar.ElectionStatus> election;
    private StationDirectory.RegistryCounts counts;

    public ElectionCalendar.ElectionStatus getElection() {
        if (election == null) {
            election = calendar.current();
        }
        return election.orElse(null);
    }

    public StationDirectory.RegistryCounts getCounts() {
        if (counts == null) {
            counts = directory.counts();
        }
        return counts;
    }
}
