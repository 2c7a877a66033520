package org.pollcam.portal;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.pollcam.Api;
import org.pollcam.SimulatedCameras;
import org.pollcam.Staff;

/** Finds what the test server broadcasts, through the public API as any client would. */
final class OnAirStations {

    private static final Duration FIRST_CHECKS = Duration.ofSeconds(60);

    private OnAirStations() {
    }

    /**
     * The first station by code that is on air, with its details and cameras. The broadcast stations' cameras are
     * the tests' simulator: until it runs they are checked OFFLINE, and a station goes on air again a few
     * supervision rounds after it started.
     */
    static JsonObject first(Api api) {
        SimulatedCameras.running();
        long deadline = System.nanoTime() + FIRST_CHECKS.toNanos();
        Optional<JsonObject> onAir = find(api, true);
        while (onAir.isEmpty() && System.nanoTime() < deadline) {
            pause();
            onAir = find(api, true);
        }
        return onAir.orElseThrow(() -> new AssertionError("the test server broadcasts no station"));
    }

    /** The first station by code with cameras that is not broadcast. */
    static JsonObject firstOffAir(Api api) {
        return find(api, false).orElseThrow(() -> new AssertionError("every station with cameras is on air"));
    }

    private static Optional<JsonObject> find(Api api, boolean onAir) {
        for (int page = 0; page < 30; page++) {
            var items = Api.json(api.get("api/public/stations?size=200&page=" + page, Staff.ANONYMOUS))
                    .getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            for (var item : items.getValuesAs(JsonObject.class)) {
                if (item.getBoolean("onAir") == onAir && item.getInt("cameraCount") > 0) {
                    return Optional.of(Api.json(api.get("api/public/stations/" + item.getJsonNumber("id"),
                            Staff.ANONYMOUS)));
                }
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a station on air", e);
        }
    }
}
