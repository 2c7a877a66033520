package org.pollcam.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The imports of this node, kept while somebody may still look at their outcome (the newest few). */
@ApplicationScoped
public class ImportJobs {

    private static final int KEPT = 20;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    public ImportJob open(String fileName) {
        if (jobs.size() >= KEPT) {
            jobs.values().stream().filter(ImportJob::isFinished)
                    .min(java.util.Comparator.comparing(ImportJob::getStarted))
                    .ifPresent(oldest -> jobs.remove(oldest.getId()));
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), fileName);
        jobs.put(job.getId(), job);
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(id).map(jobs::get);
    }
}
