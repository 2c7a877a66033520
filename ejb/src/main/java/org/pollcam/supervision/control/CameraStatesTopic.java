package org.pollcam.supervision.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.entity.CameraStateChange;

/**
 * Tells live screens on every node what changed, as small JSON texts on the {@code CameraStates} topic. Sent in the
 * caller's transaction, so a screen never shows a change that was rolled back. Not persistent: a screen that misses
 * one catches up on its next page load.
 */
@ApplicationScoped
public class CameraStatesTopic {

    /** Looked up once: {@code JSON.createObjectBuilder()} asks the service loader for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.CAMERA_STATES)
    Topic cameraStates;

    public void changed(CameraStateChange change) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("type", "state")
                .add("camera", change.cameraId()).add("state", change.state().name())
                .add("since", change.since().toString());
        if (change.previous() != null) {
            json.add("previous", change.previous().name());
        }
        if (change.reason() != null) {
            json.add("reason", change.reason());
        }
        publish(json);
    }

    public void incidentsChanged(long cameraId) {
        publish(JSON.createObjectBuilder().add("type", "incident").add("camera", cameraId));
    }

    private void publish(JsonObjectBuilder json) {
        jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(cameraStates, json.build().toString());
    }
}
