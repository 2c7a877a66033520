package org.pollcam.supervision.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.pollcam.shared.Resources;

/**
 * Relays the {@code CameraStates} topic to the control center's open pages over the Faces WebSocket channel
 * {@value #CHANNEL}. Every node subscribes, so every operator gets every change whichever node applied it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.CAMERA_STATES),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")})
@PermitAll
public class CameraStatesRelay implements MessageListener {

    static final String CHANNEL = "cameraStates";

    @Inject
    @Push(channel = CHANNEL)
    PushContext screens;

    @Override
    public void onMessage(Message message) {
        try {
            screens.send(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
