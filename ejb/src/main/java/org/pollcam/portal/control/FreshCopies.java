package org.pollcam.portal.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Answers handed to the public kept for a while per key (an election), so a crowd asking for the same figures costs
 * one computation per freshness period, not one per request. When a copy expires, one caller reads it again while
 * the others keep getting the copy they had; only a caller finding no copy at all waits for the read. Only present
 * answers are kept: an election that is not found is asked again the next time.
 */
public final class FreshCopies<K, V> {

    private final Duration freshFor;
    private final Clock clock;
    private final Map<K, Copy<V>> copies = new ConcurrentHashMap<>();
    private final ReentrantLock refresh = new ReentrantLock();

    private record Copy<V>(Instant at, V value) {
    }

    public FreshCopies(Duration freshFor, Clock clock) {
        if (freshFor.isNegative()) {
            throw new IllegalArgumentException("a copy cannot be kept for a negative time");
        }
        this.freshFor = freshFor;
        this.clock = Objects.requireNonNull(clock);
    }

    /** The key's copy while it is fresh, else what {@code read} answers now (kept when present). */
    public Optional<V> get(K key, Supplier<Optional<V>> read) {
        Copy<V> current = copies.get(key);
        if (isFresh(current)) {
            return Optional.of(current.value());
        }
        if (current != null && !refresh.tryLock()) {
            return Optional.of(current.value());
        }
        if (current == null) {
            refresh.lock();
        }
        try {
            current = copies.get(key);
            if (isFresh(current)) {
                return Optional.of(current.value());
            }
            Instant at = clock.instant();
            Optional<V> fresh = read.get();
            copies.values().removeIf(copy -> !isFresh(copy));
            fresh.ifPresentOrElse(value -> copies.put(key, new Copy<>(at, value)), () -> copies.remove(key));
            return fresh;
        } finally {
            refresh.unlock();
        }
    }

    private boolean isFresh(Copy<V> copy) {
        return copy != null && copy.at().plus(freshFor).isAfter(clock.instant());
    }
}
