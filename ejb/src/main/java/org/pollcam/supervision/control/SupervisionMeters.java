package org.pollcam.supervision.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.shared.health.SupervisionPulse;
import org.pollcam.supervision.entity.CameraEvent;

/**
 * Supervision in WildFly's Prometheus registry (management port, {@code /metrics}): cameras per state, camera events
 * applied, probe durations, checks run and checks that expired unrun; each finished check beats the readiness pulse.
 */
@ApplicationScoped
public class SupervisionMeters {

    @Inject
    MeterRegistry registry;

    @Inject
    SupervisionPulse pulse;

    private final Map<StreamHealth, AtomicLong> camerasByState = new EnumMap<>(StreamHealth.class);
    private Timer probeDuration;
    private Counter checks;
    private Counter expiredChecks;
    private Counter eventsApplied;
    private Counter duplicates;

    /**
     * Registered through the registry's own methods, not meter builders: WildFly hands each deployment a wrapper of
     * its registry (WFLY-21061), and meters built with {@code builder.register(registry)} never reach the export.
     */
    @PostConstruct
    void register() {
        for (StreamHealth state : StreamHealth.values()) {
            camerasByState.put(state, new AtomicLong());
            // The gauge reads through this bean, which lives as long as the application: meters hold their
            // object weakly, and a count object of its own was collected (NaN).
            registry.gauge("pollcam.cameras", Tags.of("state", state.name()), this,
                    meters -> meters.camerasByState.get(state).get());
        }
        probeDuration = registry.timer("pollcam.probe.duration");
        checks = registry.counter("pollcam.checks");
        expiredChecks = registry.counter("pollcam.checks.expired");
        eventsApplied = registry.counter("pollcam.camera.events");
        duplicates = registry.counter("pollcam.camera.events.duplicate");
    }

    /**
     * The registry outlives a redeployment, and a gauge registered again under the same name is ignored in favour of
     * the old one, whose object is gone (NaN): this deployment's meters leave with it.
     */
    @PreDestroy
    void unregister() {
        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith("pollcam.")) {
                registry.remove(meter);
            }
        }
    }

    public void checked(Judgement judgement) {
        probeDuration.record(judgement.elapsed());
        checks.increment();
        pulse.checked(Instant.now());
    }

    /** A scheduled check expired before a prober took it: supervision is falling behind its interval. */
    public void expired() {
        expiredChecks.increment();
    }

    public void applied(CameraEvent event, boolean duplicate) {
        (duplicate ? duplicates : eventsApplied).increment();
    }

    public void cameraCounts(Map<StreamHealth, Long> counts) {
        camerasByState.forEach((state, gauge) -> gauge.set(counts.getOrDefault(state, 0L)));
    }
}
