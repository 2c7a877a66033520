/**
 * Video for PollCam on JavaCV/FFmpeg: opening camera streams, judging their health, snapshots, HLS for viewers and the
 * camera simulator. Plain Java with no Jakarta EE imports; the application reaches it through ports in
 * {@code supervision.control}.
 */
package org.pollcam.media;
