package org.pollcam.supervision.control;

import org.pollcam.supervision.entity.CameraEvent;

/** Port: hand a camera event to the durable queue. Returns once the queue holds it (or the caller's tx commits). */
public interface CameraEvents {

    void send(CameraEvent event);
}
