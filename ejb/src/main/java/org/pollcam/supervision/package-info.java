/**
 * Stream supervision: judging each camera's stream (ONLINE, DEGRADED, FROZEN, BLACK, COVERED, MOVED, OFFLINE) with the
 * media module behind the {@code StreamInspector} port, thresholds from MicroProfile Config. Operators and
 * administrators call it through {@code CameraChecks}.
 */
package org.pollcam.supervision;
