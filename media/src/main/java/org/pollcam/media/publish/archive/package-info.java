/**
 * The footage archive: every published segment of a camera, kept by date and hour with a time index, deleted after the
 * retention period, and cut into MP4 clips for complaints and observers' requests. Filled by the publisher; the
 * application runs retention and cuts clips.
 */
package org.pollcam.media.publish.archive;
