package org.pollcam.supervision.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.entity.CameraEvent;

/** Camera events on the persistent {@code CameraEvents} queue, sent in the caller's transaction. */
@ApplicationScoped
public class JmsCameraEvents implements CameraEvents {

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.CAMERA_EVENTS)
    Queue cameraEvents;

    @Override
    public void send(CameraEvent event) {
        try {
            MapMessage message = jms.createMapMessage();
            CameraEventMessages.write(event, message);
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(cameraEvents, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
