package org.pollcam.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.control.CameraEventMessages;
import org.pollcam.supervision.control.CameraStatesTopic;
import org.pollcam.supervision.control.HealthLedger;

/**
 * Applies camera events in the delivery's transaction: timeline, health, flaps, then the live screens are told.
 * Anything that fails (a malformed message, an unknown camera, a database error) rolls the delivery back; the broker
 * redelivers with a delay and, after the last attempt, moves the message to {@code CameraEventsDLQ}. Messages are
 * grouped by camera, so one camera's poison message holds back only that camera's events, and only until it is
 * dead-lettered.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.CAMERA_EVENTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${pollcam.events.consumers:8}")})
@PermitAll
public class CameraEventListener implements MessageListener {

    @Inject
    HealthLedger ledger;

    @Inject
    CameraStatesTopic screens;

    @Override
    public void onMessage(Message message) {
        try {
            ledger.apply(CameraEventMessages.read(message)).ifPresent(screens::changed);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
