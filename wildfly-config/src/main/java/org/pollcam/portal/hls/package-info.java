/**
 * Serving the published HLS to viewers from the server itself: a WildFly server module ({@code org.pollcam.hls}), not
 * part of the application, installed by this project's provisioning and configured as an Undertow {@code custom-filter}
 * on the {@code /media} location (configure-web.cli). Nothing in the application calls it.
 */
package org.pollcam.portal.hls;
