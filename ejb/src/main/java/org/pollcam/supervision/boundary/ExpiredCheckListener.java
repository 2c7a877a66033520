package org.pollcam.supervision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.pollcam.shared.Resources;
import org.pollcam.supervision.control.SupervisionMeters;

/**
 * Counts the scheduled checks that expired on the {@code ProbeRequests} queue before a prober took them, and lets
 * them go: the next interval schedules the camera again, so a stale check is worth counting
 * ({@code pollcam_checks_expired_total}: supervision falls behind), not keeping all election day.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.PROBE_REQUESTS_EXPIRED),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiredCheckListener implements MessageListener {

    @Inject
    SupervisionMeters meters;

    @Override
    public void onMessage(Message expired) {
        meters.expired();
    }
}
