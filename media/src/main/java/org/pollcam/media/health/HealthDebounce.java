package org.pollcam.media.health;

/**
 * A camera's confirmed health, changed only when the same verdict comes in enough checks in a row. One dark probe
 * while a light is switched, or one lost connection, must not turn a camera red on every operator's screen; a real
 * fault shows again at the next checks. Immutable: each check yields the next value.
 *
 * @param confirmed  the state operators see
 * @param candidate  the state the latest checks point to
 * @param streak     how many checks in a row pointed to {@code candidate}
 */
public record HealthDebounce(StreamHealth confirmed, StreamHealth candidate, int streak) {

    /** A camera not judged yet counts as ONLINE until enough checks say otherwise. */
    public static HealthDebounce start() {
        return new HealthDebounce(StreamHealth.ONLINE, StreamHealth.ONLINE, 0);
    }

    /**
     * Takes one more verdict; the confirmed state follows it once {@code confirmations} verdicts in a row agree
     * (1 confirms at once).
     */
    public HealthDebounce after(StreamHealth verdict, int confirmations) {
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations start at 1");
        }
        int newStreak = verdict == candidate ? streak + 1 : 1;
        StreamHealth newConfirmed = newStreak >= confirmations ? verdict : confirmed;
        return new HealthDebounce(newConfirmed, verdict, newStreak);
    }

    /** True when the last verdict changed what operators see. */
    public boolean changedFrom(HealthDebounce before) {
        return confirmed != before.confirmed;
    }
}
