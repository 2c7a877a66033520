package org.pollcam.registry.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.pollcam.media.publish.PrivacyMask;

/**
 * A webcam in a polling station. The encoder's login is never stored here: {@code credentialRef} names the secret
 * (an alias in the server's credential store), so neither the database nor its exports carry a password. Its privacy
 * mask names the parts of the picture that are filled before anything of this camera is published.
 */
@Entity
public class Camera {

    @Id
    @GeneratedValue(generator = "camera_seq")
    @SequenceGenerator(name = "camera_seq", sequenceName = "camera_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PollingStation station;

    @Enumerated(EnumType.STRING)
    private CameraRole role;

    private String streamUrl;

    private String credentialRef;

    private String privacyMask;

    private boolean enabled;

    /** SHA-256 (hex) of the token the camera's encoder pushes with; null: the encoder may not push. */
    private String pushTokenSha256;

    @Version
    private int version;

    protected Camera() {
    }

    Camera(PollingStation station, CameraRole role) {
        this.station = station;
        this.role = role;
    }

    public void issuePushToken(String sha256Hex) {
        this.pushTokenSha256 = sha256Hex;
    }

    public String getPushTokenSha256() {
        return pushTokenSha256;
    }

    void configure(CameraDraft draft) {
        this.streamUrl = draft.getStreamUrl().strip();
        this.credentialRef = draft.getCredentialRef() == null || draft.getCredentialRef().isBlank()
                ? null : draft.getCredentialRef().strip();
        this.enabled = draft.isEnabled();
        PrivacyMask mask = PrivacyMask.parse(draft.getPrivacyMask());
        this.privacyMask = mask.isEmpty() ? null : mask.text();
    }

    public Long getId() {
        return id;
    }

    public PollingStation getStation() {
        return station;
    }

    public CameraRole getRole() {
        return role;
    }

    public String getStreamUrl() {
        return streamUrl;
    }

    public String getCredentialRef() {
        return credentialRef;
    }

    /** The mask's text form (normalised), or null when nothing is masked. */
    public String getPrivacyMask() {
        return privacyMask;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
