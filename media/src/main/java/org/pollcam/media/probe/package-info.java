/**
 * Probing a camera's stream: open it with connect and read timeouts, sample a short window (keyframes only by
 * default), and measure what the supervision needs to judge the camera's health: reachability, codec, resolution,
 * frame rate, bitrate, keyframe interval, decode errors, and per sampled picture its luminance, spread, sharpness and a
 * small grey fingerprint (of the whole picture); plus a JPEG snapshot with the camera's privacy mask filled. Called by the application's {@code StreamProbe} port adapter; holds no
 * state between probes (the camera's memory is the caller's).
 */
package org.pollcam.media.probe;
