/**
 * The public viewer portal: which cameras are on air and why the others are not, how many people watch, live
 * publishing on demand (a camera is published as HLS while somebody watches it, and only then), and the election-day
 * archive: recording every camera on air and replaying its footage, and the election day's uptime figures for the
 * public ({@code PublicUptimes}, kept a minute per election). Its boundary is open to anonymous viewers
 * ({@code @PermitAll}) and never hands out a camera's stream address: viewers get URLs under {@code /media/live}
 * and {@code /media/archive} that WildFly serves.
 * <p>
 * The archive lives here rather than in a feature of its own because it is made of the portal's own parts: a camera
 * is recorded by keeping its live publisher running (one FFmpeg pipeline per camera, whether it is watched, recorded
 * or both), what is recorded and what may be replayed are the portal's broadcast rules ({@code AirRules}), and both
 * need the portal's reads of elections, stations and protocols. A separate feature would have to call back into the
 * portal for each of them, and the portal into it for the archive folder.
 */
package org.pollcam.portal;
