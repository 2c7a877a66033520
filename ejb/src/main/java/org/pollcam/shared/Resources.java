package org.pollcam.shared;

/**
 * JNDI names of the server resources declared in {@code wildfly-config}. Code looks them up by these names only.
 */
public final class Resources {

    public static final String DATASOURCE = "java:jboss/datasources/PollCamDS";

    /** Every camera event (check result, pushed state, heartbeat): persistent, grouped by camera. */
    public static final String CAMERA_EVENTS = "java:/jms/queue/CameraEvents";

    /** Where camera events go after their last failed delivery. */
    public static final String CAMERA_EVENTS_DLQ = "java:/jms/queue/CameraEventsDLQ";

    /** Scheduled checks waiting for a prober; every node consumes. */
    public static final String PROBE_REQUESTS = "java:/jms/queue/ProbeRequests";

    /** Scheduled checks that waited a whole interval unstarted: counted, then dropped. */
    public static final String PROBE_REQUESTS_EXPIRED = "java:/jms/queue/ProbeRequestsExpired";

    /** Applied state changes and incident changes, for live screens on every node. */
    public static final String CAMERA_STATES = "java:/jms/topic/CameraStates";

    /** FFmpeg work (scheduled and on-demand checks) runs here: the bound on concurrent probes per node. */
    public static final String PROBE_EXECUTOR = "java:jboss/ee/concurrency/executor/probes";

    private Resources() {
    }
}
