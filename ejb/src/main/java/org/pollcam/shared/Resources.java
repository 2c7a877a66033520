package org.pollcam.shared;

/**
 * JNDI names of the server resources declared in {@code wildfly-config}. Code looks them up by these names only.
 */
public final class Resources {

    public static final String DATASOURCE = "java:jboss/datasources/PollCamDS";

    private Resources() {
    }
}
