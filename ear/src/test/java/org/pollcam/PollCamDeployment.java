package org.pollcam;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: integration tests exercise what users get, not a hand-made subset. */
public final class PollCamDeployment {

    private PollCamDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("pollcam.ear", "target/pollcam.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
