package org.pollcam.registry.entity;

/** A camera as the control center sees it: where its stream is, which secret opens it, what must be masked. */
public record CameraDetails(long id, long stationId, String stationCode, CameraRole role, String streamUrl,
                            String credentialRef, String privacyMask, boolean enabled) {

    public CameraDetails(long id, long stationId, int constituencyNumber, int stationNumber, CameraRole role,
                         String streamUrl, String credentialRef, String privacyMask, boolean enabled) {
        this(id, stationId, new StationCode(constituencyNumber, stationNumber).toString(), role, streamUrl,
                credentialRef, privacyMask, enabled);
    }
}
