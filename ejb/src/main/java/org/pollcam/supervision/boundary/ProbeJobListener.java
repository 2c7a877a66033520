package org.pollcam.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.control.CameraProber;
import org.pollcam.supervision.control.ProbeDispatch;

/**
 * Runs scheduled checks from the {@code ProbeRequests} queue. On a cluster every node consumes, so the checks spread
 * over the nodes by the broker. No transaction around the probe: it takes a second or more and must not hold a
 * connection; a check lost with a crashed node is simply done again one interval later.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.PROBE_REQUESTS),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${pollcam.probe.consumers:32}")})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProbeJobListener implements MessageListener {

    @Inject
    CameraProber prober;

    @Override
    public void onMessage(Message message) {
        try {
            prober.check(ProbeDispatch.read(message));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
