package org.pollcam.registry.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pollcam.registry.control.StationQueries;
import org.pollcam.registry.entity.ConstituencySummary;
import org.pollcam.registry.entity.PollingStation;
import org.pollcam.registry.entity.RegionSummary;
import org.pollcam.registry.entity.StationDetails;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSort;
import org.pollcam.registry.entity.StationSummary;
import org.pollcam.shared.Page;

/**
 * The public registry: regions, constituencies and polling stations as anyone may read them, without camera
 * addresses. Open to anonymous viewers.
 */
@Stateless
@PermitAll
public class StationDirectory {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    StationQueries queries;

    public Page<StationSummary> stations(StationFilter filter, StationSort sort, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        return new Page<>(stationRows(filter, sort, Math.max(page, 0) * pageSize, pageSize), queries.count(filter),
                page, pageSize);
    }

    /** The rows only, for callers that count separately (a lazy table asks for its count on its own). */
    public List<StationSummary> stationRows(StationFilter filter, StationSort sort, int first, int max) {
        return queries.list(filter, sort, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE_SIZE));
    }

    public long countStations(StationFilter filter) {
        return queries.count(filter);
    }

    public Optional<StationDetails> station(long id) {
        return em.createQuery("select distinct s from PollingStation s join fetch s.constituency c"
                        + " join fetch c.region left join fetch s.cameras where s.id = :id", PollingStation.class)
                .setParameter("id", id).getResultStream().findFirst().map(StationDetails::of);
    }

    public List<RegionSummary> regions() {
        return em.createQuery("select new org.pollcam.registry.entity.RegionSummary(r.id, r.name, count(c))"
                + " from Region r left join Constituency c on c.region = r group by r.id, r.name order by r.name",
                RegionSummary.class).getResultList();
    }

    public List<ConstituencySummary> constituencies(Long regionId) {
        var query = em.createQuery("select new org.pollcam.registry.entity.ConstituencySummary(c.id, c.number,"
                        + " c.name, r.id, r.name, count(s)) from Constituency c join c.region r"
                        + " left join PollingStation s on s.constituency = c"
                        + (regionId == null ? "" : " where r.id = :region")
                        + " group by c.id, c.number, c.name, r.id, r.name order by c.number",
                ConstituencySummary.class);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        return query.getResultList();
    }

    /** How large the registry is: stations, stations with cameras, cameras. */
    public RegistryCounts counts() {
        Object[] counts = em.createQuery("select count(distinct s.id), count(distinct cam.station.id), count(cam.id)"
                + " from PollingStation s left join s.cameras cam", Object[].class).getSingleResult();
        return new RegistryCounts((Long) counts[0], (Long) counts[1], (Long) counts[2]);
    }

    public record RegistryCounts(long stations, long stationsWithCameras, long cameras) {
    }
}
