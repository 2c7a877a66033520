/**
 * The public viewer portal: which cameras are on air and why the others are not, how many people watch, and live
 * publishing on demand (a camera is published as HLS while somebody watches it, and only then), and the election
 * day's uptime figures for the public ({@code PublicUptimes}, kept a minute per election). Its boundary is open
 * to anonymous viewers ({@code @PermitAll}) and never hands out a camera's stream address: viewers get the URL under
 * {@code /media/live} that WildFly serves.
 */
package org.pollcam.portal;
