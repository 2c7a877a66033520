package org.pollcam.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.pollcam.registry.entity.Constituency;
import org.pollcam.registry.entity.PollingStation;
import org.pollcam.registry.entity.StationDetails;
import org.pollcam.registry.entity.StationDraft;
import org.pollcam.security.Roles;

/** Creating, changing and removing polling stations and their cameras: administrators only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StationAdministration {

    @PersistenceContext
    EntityManager em;

    public StationDraft draft(long stationId) {
        return StationDraft.of(station(stationId));
    }

    public StationDetails create(@NotNull @Valid StationDraft draft) {
        Constituency constituency = constituency(draft.getConstituencyNumber());
        requireFreeNumber(constituency, draft.getNumber(), null);
        PollingStation station = new PollingStation(constituency, draft.getNumber());
        station.describe(draft);
        station.equip(draft.getCameras());
        em.persist(station);
        em.flush();
        return StationDetails.of(station);
    }

    public StationDetails update(long stationId, @NotNull @Valid StationDraft draft) {
        PollingStation station = station(stationId);
        Constituency constituency = constituency(draft.getConstituencyNumber());
        requireFreeNumber(constituency, draft.getNumber(), stationId);
        station.moveTo(constituency);
        station.describe(draft);
        station.equip(draft.getCameras());
        em.flush();
        return StationDetails.of(station);
    }

    public void delete(long stationId) {
        em.remove(station(stationId));
    }

    private PollingStation station(long id) {
        PollingStation station = em.find(PollingStation.class, id);
        if (station == null) {
            throw new RegistryRejection(RegistryRejection.Reason.NOT_FOUND, "There is no polling station " + id);
        }
        return station;
    }

    private Constituency constituency(int number) {
        return em.createQuery("select c from Constituency c where c.number = :number", Constituency.class)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new RegistryRejection(RegistryRejection.Reason.UNKNOWN_CONSTITUENCY,
                        "There is no constituency " + number));
    }

    private void requireFreeNumber(Constituency constituency, int number, Long stationId) {
        boolean taken = !em.createQuery("select s.id from PollingStation s where s.constituency = :constituency"
                        + " and s.number = :number", Long.class)
                .setParameter("constituency", constituency).setParameter("number", number)
                .getResultStream().filter(id -> !id.equals(stationId)).toList().isEmpty();
        if (taken) {
            throw new RegistryRejection(RegistryRejection.Reason.STATION_NUMBER_TAKEN, "Constituency "
                    + constituency.getNumber() + " already has a station number " + number);
        }
    }
}
