package org.pollcam.supervision.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pollcam.shared.web.Messages;
import org.pollcam.supervision.boundary.IncidentRefused;
import org.pollcam.supervision.boundary.Incidents;
import org.pollcam.supervision.entity.Incident;

/** The unresolved incidents on the dashboard and what an operator does with one: acknowledge, assign, resolve. */
@Named
@ViewScoped
public class IncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient Incidents incidents;

    private List<Incident> unresolved;
    private Long selectedId;
    private String technician;
    private String note;

    @PostConstruct
    public void refresh() {
        unresolved = incidents.list(false, SHOWN);
    }

    public void acknowledge(long id) {
        act(() -> incidents.acknowledge(id, null));
    }

    public void select(long id) {
        selectedId = id;
        technician = null;
        note = null;
    }

    public void assign() {
        act(() -> incidents.assign(selectedId, technician));
    }

    public void resolve() {
        act(() -> incidents.resolve(selectedId, note));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IncidentRefused refused) {
            Messages.error(refused.getMessage());
        }
        refresh();
    }

    public List<Incident> getUnresolved() {
        return unresolved;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getTechnician() {
        return technician;
    }

    public void setTechnician(String technician) {
        this.technician = technician;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
