package org.pollcam.supervision.entity;

import java.time.Instant;
import java.util.Map;

/** A camera event the consumer gave up on: its JMS id, when it was sent, how often it was tried, and its fields. */
public record DeadLetter(String messageId, Instant sentAt, int deliveries, Map<String, String> fields) {
}
