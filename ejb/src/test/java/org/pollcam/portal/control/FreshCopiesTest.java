package org.pollcam.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A copy serves every caller while fresh, is read again once it expires, and per key. */
class FreshCopiesTest {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        private Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hands clock = new Hands();
    private final FreshCopies<Long, String> copies = new FreshCopies<>(Duration.ofSeconds(60), clock);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read(long election) {
        return Optional.of("figures " + election + " #" + reads.incrementAndGet());
    }

    @Test
    void aFreshCopyIsServedWithoutReadingAgain() {
        assertEquals(Optional.of("figures 1 #1"), copies.get(1L, () -> read(1)));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of("figures 1 #1"), copies.get(1L, () -> read(1)));
        assertEquals(1, reads.get());
    }

    @Test
    void anExpiredCopyIsReadAgain() {
        copies.get(1L, () -> read(1));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Optional.of("figures 1 #2"), copies.get(1L, () -> read(1)));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.of("figures 1 #2"), copies.get(1L, () -> read(1)));
        assertEquals(2, reads.get());
    }

    @Test
    void eachElectionHasItsOwnCopy() {
        assertEquals(Optional.of("figures 1 #1"), copies.get(1L, () -> read(1)));
        assertEquals(Optional.of("figures 2 #2"), copies.get(2L, () -> read(2)));
        assertEquals(Optional.of("figures 1 #1"), copies.get(1L, () -> read(1)));
    }

    @Test
    void anAnswerThatIsNotThereIsNotKept() {
        assertEquals(Optional.empty(), copies.get(7L, () -> {
            reads.incrementAndGet();
            return Optional.empty();
        }));
        assertEquals(Optional.of("figures 7 #2"), copies.get(7L, () -> read(7)));
    }

    @Test
    void whileOneCallerReadsAgainTheOthersKeepTheExpiredCopy() throws Exception {
        copies.get(1L, () -> read(1));
        clock.advance(Duration.ofSeconds(61));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> copies.get(1L, () -> {
            reading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read(1);
        }));
        slow.start();
        assertEquals(true, reading.await(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("figures 1 #1"), copies.get(1L, () -> read(1)), "no wait, no second read");
        release.countDown();
        slow.join(10_000);
        assertEquals(Optional.of("figures 1 #2"), copies.get(1L, () -> read(1)));
        assertEquals(2, reads.get());
    }

    @Test
    void aNegativeFreshnessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FreshCopies<>(Duration.ofSeconds(-1), clock));
    }
}
