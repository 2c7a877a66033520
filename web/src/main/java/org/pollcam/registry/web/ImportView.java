package org.pollcam.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pollcam.registry.boundary.RegistryTransfer;
import org.pollcam.registry.control.ImportJob;
import org.pollcam.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * CSV import with a progress bar: the upload starts a background import, the bar follows it, and the outcome lists
 * each refused line with its column, or what was imported.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryTransfer transfer;

    private String jobId;

    public void upload(FileUploadEvent event) {
        jobId = transfer.startImport(event.getFile().getFileName(), event.getFile().getContent()).getId();
    }

    public void finished() {
        ImportJob job = getJob();
        if (job == null) {
            return;
        }
        if (job.getState() == ImportJob.State.IMPORTED) {
            Messages.info("import.imported", job.getOutcome().created(), job.getOutcome().updated(),
                    job.getOutcome().cameras());
        } else if (job.getState() == ImportJob.State.REJECTED) {
            Messages.error(Messages.text("import.rejected", job.getProblemCount()));
        }
    }

    public ImportJob getJob() {
        return jobId == null ? null : transfer.importJob(jobId).orElse(null);
    }

    public int getPercent() {
        ImportJob job = getJob();
        return job == null ? 0 : job.getPercent();
    }
}
