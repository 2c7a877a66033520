package org.pollcam.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcam.security.Roles;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.entity.DeadLetter;

/**
 * Camera events that ended in {@code CameraEventsDLQ}: administrators look at them, send them back to the camera
 * events queue once the cause is fixed, or discard them. Replay moves the message in one transaction: it is never
 * in both queues, never in neither.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeadLetters {

    private static final long RECEIVE_MILLIS = 2_000;

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.CAMERA_EVENTS_DLQ)
    Queue deadLetters;

    @Resource(lookup = Resources.CAMERA_EVENTS)
    Queue cameraEvents;

    public List<DeadLetter> list(int max) {
        List<DeadLetter> letters = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < max) {
                letters.add(describe((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return letters;
    }

    /** Sends the dead letter back to the camera events queue; false if it is no longer there. */
    public boolean replay(String messageId) {
        Message letter = take(messageId);
        if (letter == null) {
            return false;
        }
        try {
            MapMessage copy = jms.createMapMessage();
            if (letter instanceof MapMessage map) {
                for (Object name : Collections.list(map.getMapNames())) {
                    copy.setObject(name.toString(), map.getObject(name.toString()));
                }
            }
            copy.setStringProperty("JMSXGroupID", letter.getStringProperty("JMSXGroupID"));
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(cameraEvents, copy);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return true;
    }

    /** Drops the dead letter for good; false if it is no longer there. */
    public boolean discard(String messageId) {
        return take(messageId) != null;
    }

    private Message take(String messageId) {
        if (!messageId.matches("ID:[0-9a-fA-F-]{36}")) {
            return null;
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
            return consumer.receive(RECEIVE_MILLIS);
        }
    }

    private static DeadLetter describe(Message message) throws JMSException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (message instanceof MapMessage map) {
            for (Object name : Collections.list(map.getMapNames())) {
                Object value = map.getObject(name.toString());
                fields.put(name.toString(), value == null ? null : value.toString());
            }
        } else {
            fields.put("type", message.getClass().getSimpleName());
        }
        int deliveries = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        return new DeadLetter(message.getJMSMessageID(), Instant.ofEpochMilli(message.getJMSTimestamp()), deliveries,
                fields);
    }
}
