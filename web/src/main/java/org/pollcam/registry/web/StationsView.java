package org.pollcam.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pollcam.registry.boundary.RegistryRejection;
import org.pollcam.registry.boundary.RegistryTransfer;
import org.pollcam.registry.boundary.StationAdministration;
import org.pollcam.registry.boundary.StationDirectory;
import org.pollcam.registry.entity.CameraDraft;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.ConstituencySummary;
import org.pollcam.registry.entity.RegionSummary;
import org.pollcam.registry.entity.StationDraft;
import org.pollcam.registry.entity.StationFilter;
import org.pollcam.registry.entity.StationSummary;
import org.pollcam.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The administrators' station registry: a table of all stations that pages in the database, filters by region,
 * constituency and text, and a dialog to register or change a station with its cameras.
 */
@Named
@ViewScoped
public class StationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StationDirectory directory;

    @Inject
    StationAdministration administration;

    @Inject
    RegistryTransfer transfer;

    /** Not kept with the view's state (a Validator is not serializable); looked up again when needed. */
    private transient Validator validator;

    private Long regionId;
    private Integer constituencyNumber;
    private String text;
    private LazyDataModel<StationSummary> stations;
    private List<RegionSummary> regions;
    private List<ConstituencySummary> allConstituencies;

    private Long editedId;
    private StationDraft draft;

    @PostConstruct
    void init() {
        stations = new StationLazyModel(directory, this::filter);
        regions = directory.regions();
        allConstituencies = directory.constituencies(null);
    }

    StationFilter filter() {
        return new StationFilter(regionId, constituencyNumber, text);
    }

    public void regionChanged() {
        constituencyNumber = null;
    }

    public void newStation() {
        editedId = null;
        draft = new StationDraft();
        draft.getCameras().add(new CameraDraft(CameraRole.OVERVIEW, null));
    }

    public void edit(long stationId) {
        editedId = stationId;
        draft = administration.draft(stationId);
    }

    public void addCamera() {
        draft.getCameras().add(new CameraDraft());
    }

    public void removeCamera(int index) {
        draft.getCameras().remove(index);
    }

    public void save() {
        if (validator == null) {
            validator = jakarta.enterprise.inject.spi.CDI.current().select(Validator.class).get();
        }
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> Messages.error(violation.getMessage()));
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
            return;
        }
        try {
            if (editedId == null) {
                Messages.info("stations.created", administration.create(draft).code());
            } else {
                Messages.info("stations.updated", administration.update(editedId, draft).code());
            }
            PrimeFaces.current().executeScript("PF('stationDialog').hide()");
        } catch (RegistryRejection e) {
            Messages.error(e.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public void delete(long stationId) {
        try {
            administration.delete(stationId);
            Messages.info("stations.deleted");
        } catch (RegistryRejection e) {
            Messages.error(e.getMessage());
        }
    }

    public StreamedContent getCsvExport() {
        return DefaultStreamedContent.builder()
                .name("stations.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> {
                    StringBuilder csv = new StringBuilder(1 << 20);
                    transfer.exportCsv(csv);
                    return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
                })
                .build();
    }

    public List<ConstituencySummary> getConstituencies() {
        return regionId == null ? allConstituencies
                : allConstituencies.stream().filter(c -> c.regionId() == regionId).toList();
    }

    public List<ConstituencySummary> getAllConstituencies() {
        return allConstituencies;
    }

    public CameraRole[] getCameraRoles() {
        return CameraRole.values();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public LazyDataModel<StationSummary> getStations() {
        return stations;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Integer getConstituencyNumber() {
        return constituencyNumber;
    }

    public void setConstituencyNumber(Integer constituencyNumber) {
        this.constituencyNumber = constituencyNumber;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public StationDraft getDraft() {
        return draft;
    }
}
