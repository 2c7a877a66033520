package org.pollcam.registry.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a camera of a station should be. The stream address is what the station's encoder offers (RTSP, HLS or MPEG-TS
 * over HTTP, SRT, UDP); its login is referenced, never given.
 */
public class CameraDraft {

    @NotNull
    private CameraRole role;

    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "(rtsps?|https?|srt|udp|rtmp)://\\S+", message = "{pollcam.camera.streamurl}")
    private String streamUrl;

    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9][a-z0-9._/-]*", message = "{pollcam.camera.credentialref}")
    private String credentialRef;

    /** Polygons to fill before publishing (ballot secrecy), as {@code x,y x,y x,y; ...}; blank for none. */
    @Size(max = 2000)
    @PrivacyMaskText
    private String privacyMask;

    private boolean enabled = true;

    public CameraDraft() {
    }

    public CameraDraft(CameraRole role, String streamUrl) {
        this.role = role;
        this.streamUrl = streamUrl;
    }

    static CameraDraft of(Camera camera) {
        CameraDraft draft = new CameraDraft(camera.getRole(), camera.getStreamUrl());
        draft.credentialRef = camera.getCredentialRef();
        draft.enabled = camera.isEnabled();
        draft.privacyMask = camera.getPrivacyMask();
        return draft;
    }

    public CameraRole getRole() {
        return role;
    }

    public void setRole(CameraRole role) {
        this.role = role;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public void setStreamUrl(String streamUrl) {
        this.streamUrl = streamUrl;
    }

    public String getCredentialRef() {
        return credentialRef;
    }

    public void setCredentialRef(String credentialRef) {
        this.credentialRef = credentialRef == null || credentialRef.isBlank() ? null : credentialRef;
    }

    public String getPrivacyMask() {
        return privacyMask;
    }

    public void setPrivacyMask(String privacyMask) {
        this.privacyMask = privacyMask == null || privacyMask.isBlank() ? null : privacyMask;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
