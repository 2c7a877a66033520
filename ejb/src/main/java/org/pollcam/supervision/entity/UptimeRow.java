package org.pollcam.supervision.entity;

import java.io.Serializable;
import org.pollcam.registry.entity.CameraRole;

/**
 * One line of the uptime report: a region, constituency, station or camera with the names of where it stands (the
 * levels below its own are null) and its figures.
 */
public record UptimeRow(long id, String region, String constituency, String station, String address,
                        CameraRole camera, UptimeFigures figures) implements Serializable {
}
