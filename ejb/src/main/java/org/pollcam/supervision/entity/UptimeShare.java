package org.pollcam.supervision.entity;

import java.io.Serializable;
import java.time.Duration;

/**
 * How much of the observed time was ONLINE. Shares add by time, not by averaging percentages: a camera watched for
 * ten hours weighs ten times one watched for one hour.
 *
 * @param percent 0–100 (two decimals), null when no time was observed yet
 */
public record UptimeShare(long onlineMillis, long observedMillis, Double percent) implements Serializable {

    public static final UptimeShare NONE = of(Duration.ZERO, Duration.ZERO);

    public static UptimeShare of(Duration online, Duration observed) {
        return of(online.toMillis(), observed.toMillis());
    }

    private static UptimeShare of(long onlineMillis, long observedMillis) {
        if (onlineMillis < 0 || onlineMillis > observedMillis) {
            throw new IllegalArgumentException("online time lies within the observed time");
        }
        Double percent = observedMillis == 0 ? null
                : Math.round(onlineMillis * 10_000.0 / observedMillis) / 100.0;
        return new UptimeShare(onlineMillis, observedMillis, percent);
    }

    public UptimeShare plus(UptimeShare other) {
        return of(onlineMillis + other.onlineMillis, observedMillis + other.observedMillis);
    }
}
