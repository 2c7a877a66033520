/**
 * Judging a camera's health from a probe: {@link org.pollcam.media.health.HealthJudge} turns a
 * {@link org.pollcam.media.probe.ProbeResult}, the camera's memory (previous and reference fingerprints) and the
 * {@link org.pollcam.media.health.HealthThresholds} into a {@link org.pollcam.media.health.HealthVerdict}: one
 * {@link org.pollcam.media.health.StreamHealth} and the evidence that decided it. Pure logic, no FFmpeg: the
 * application calls it after each probe and keeps the memory with the camera.
 */
package org.pollcam.media.health;
