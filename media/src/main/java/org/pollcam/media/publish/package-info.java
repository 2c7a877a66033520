/**
 * Publishing a camera to viewers: a live HLS playlist with MPEG-TS segments per camera in the media directory that the
 * server serves, remuxed without transcoding, or decoded, masked and re-encoded when the camera has privacy masks
 * (ballot secrecy). The application starts and stops one {@link org.pollcam.media.publish.HlsPublisher} per camera on
 * air; every snapshot JPEG (the stream probe's included) is masked and encoded by {@link org.pollcam.media.publish.Snapshots}. Archived segments and clips
 * are in {@code publish.archive}.
 */
package org.pollcam.media.publish;
