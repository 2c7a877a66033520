/**
 * Stream supervision: judging each camera's stream (ONLINE, DEGRADED, FROZEN, BLACK, COVERED, MOVED, OFFLINE) with the
 * media module behind the {@code StreamInspector} port, thresholds from MicroProfile Config. Operators and
 * administrators call it through {@code CameraChecks}. {@code UptimeReports} accounts from the camera timelines how
 * much of an election day's voting and counting each broadcast camera was ONLINE, for the control center (everything,
 * with outages and their reasons) and the public (shares per region and constituency, outages without reasons).
 */
package org.pollcam.supervision;
