package org.pollcam.supervision.control;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.time.Instant;
import org.pollcam.media.health.StreamHealth;
import org.pollcam.supervision.entity.CameraEvent;
import org.pollcam.supervision.entity.EventKind;
import org.pollcam.supervision.entity.EventOrigin;

/**
 * The wire form of a camera event: a map message of plain values (readable in the dead-letter screen and by any JMS
 * client, no Java serialization), grouped by camera so the broker hands one camera's events to one consumer in order.
 */
public final class CameraEventMessages {

    private CameraEventMessages() {
    }

    public static void write(CameraEvent event, MapMessage message) throws JMSException {
        message.setString("eventId", event.eventId());
        message.setLong("cameraId", event.cameraId());
        message.setLong("sequence", event.sequence());
        message.setString("kind", event.kind().name());
        message.setString("origin", event.origin().name());
        message.setString("state", event.state() == null ? null : event.state().name());
        message.setString("reason", event.reason());
        message.setString("sourceTime", event.sourceTime().toString());
        message.setStringProperty("JMSXGroupID", "camera-" + event.cameraId());
    }

    /** Reads a camera event; a message that is not one throws, so it is redelivered and ends in the DLQ. */
    public static CameraEvent read(Message message) throws JMSException {
        if (!(message instanceof MapMessage map)) {
            throw new MalformedCameraEvent("not a map message: " + message.getClass().getSimpleName());
        }
        try {
            String state = map.getString("state");
            return new CameraEvent(required(map, "eventId"), map.getLong("cameraId"), map.getLong("sequence"),
                    EventKind.valueOf(required(map, "kind")), EventOrigin.valueOf(required(map, "origin")),
                    state == null ? null : StreamHealth.valueOf(state), map.getString("reason"),
                    Instant.parse(required(map, "sourceTime")));
        } catch (RuntimeException | JMSException e) {
            throw new MalformedCameraEvent(e.toString());
        }
    }

    private static String required(MapMessage map, String name) throws JMSException {
        String value = map.getString(name);
        if (value == null) {
            throw new MalformedCameraEvent("no " + name);
        }
        return value;
    }

    /** A message on the camera events queue that cannot be a camera event. */
    public static class MalformedCameraEvent extends RuntimeException {

        public MalformedCameraEvent(String detail) {
            super("Malformed camera event: " + detail);
        }
    }
}
