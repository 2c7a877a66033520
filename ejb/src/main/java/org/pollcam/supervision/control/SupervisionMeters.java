package org.pollcam.supervision.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
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
 * applied, probe durations, checks run; each finished check beats the readiness pulse.
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
    private Counter eventsApplied;
    private Counter duplicates;

    @PostConstruct
    void register() {
        for (StreamHealth state : StreamHealth.values()) {
            AtomicLong count = new AtomicLong();
            camerasByState.put(state, count);
            Gauge.builder("pollcam.cameras", count, AtomicLong::get).tag("state", state.name())
                    .description("Cameras in each state").register(registry);
        }
        // Count, sum and max only: client-side percentiles need HdrHistogram, which WildFly's module lacks.
        probeDuration = Timer.builder("pollcam.probe.duration").description("Wall time of one stream check")
                .register(registry);
        checks = Counter.builder("pollcam.checks").description("Scheduled checks run").register(registry);
        eventsApplied = Counter.builder("pollcam.camera.events").description("Camera events applied")
                .register(registry);
        duplicates = Counter.builder("pollcam.camera.events.duplicate")
                .description("Camera events delivered again and ignored").register(registry);
    }

    public void checked(Judgement judgement) {
        probeDuration.record(judgement.elapsed());
        checks.increment();
        pulse.checked(Instant.now());
    }

    public void applied(CameraEvent event, boolean duplicate) {
        (duplicate ? duplicates : eventsApplied).increment();
    }

    public void cameraCounts(Map<StreamHealth, Long> counts) {
        camerasByState.forEach((state, gauge) -> gauge.set(counts.getOrDefault(state, 0L)));
    }
}
