/**
 * The camera simulator: polling station cameras that serve real H.264 on loopback (live HLS and MPEG-TS over HTTP),
 * with faults injectable at run time, for development, demos and the tests of the stream probes. Start it from Java
 * with {@link org.pollcam.media.simulator.CameraSimulator#start} or standalone with
 * {@link org.pollcam.media.simulator.CameraSimulatorMain}. Nothing in the application depends on it.
 */
package org.pollcam.media.simulator;
