package org.pollcam.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pollcam.Api;
import org.pollcam.Staff;
import org.pollcam.WildFlyProcess;

/**
 * An event answered 202 is never lost and never applied twice, even when the server dies like in a power cut: 10,000
 * encoder events over 16 cameras from several senders; after 3,000 were accepted the server's JVM gets SIGKILL while
 * the senders keep pushing; the server restarts on the same folder (Artemis journal, H2 database, transaction log)
 * and the senders send the rest. Then every camera's timeline must hold each accepted event exactly once, and
 * nothing that was not sent; the camera's state is its newest applied event's. A push without an answer (in flight
 * at the kill, or refused while the server was down) may or may not have been applied: the encoder cannot know
 * either, and would retry it with the same event id.
 * <p>
 * Not Arquillian, which owns one server for the suite and cannot survive a kill: this test starts, kills and
 * restarts its own WildFly on a copy of the standalone folder the build prepares ({@code it.crash.base.dir}), at
 * port offset {@code it.crash.port-offset} (300: HTTP 8380, management 10290).
 */
@EnabledIfSystemProperty(named = "it.crash.base.dir", matches = ".+",
        disabledReason = "runs in its own failsafe execution (crash-safety), which prepares the server folder")
class CrashSafetyIT {

    private static final int EVENTS = 10_000;
    /** At most 625 events per camera: the timeline API shows 1,000. */
    private static final int CAMERAS = 16;
    private static final int KILL_AFTER_ACCEPTED = 3_000;
    private static final int SENDERS = 6;
    /**
     * How long the applied events may stay the same before the missing ones count as lost. Longer than one pass of
     * the transaction manager's periodic recovery (every 2 minutes): the killed server leaves in-doubt transactions
     * (Artemis prepared, the outcome in the transaction log), and the first pass after the restart runs while the
     * deployment is still starting, before Artemis's XA resource is there to be asked (ARJUNA016037 in the log).
     */
    private static final Duration STALLED_AFTER = Duration.ofSeconds(150);
    /** Generous: on a busy 2-core box the server applies 20 to 150 events per second. */
    private static final Duration SENDING_WITHIN = Duration.ofMinutes(8);
    private static final List<String> STATES = List.of("ONLINE", "OFFLINE", "BLACK", "COVERED", "FROZEN", "MOVED",
            "DEGRADED");

    private static WildFlyProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new WildFlyProcess(Path.of(System.getProperty("jboss.home")),
                Path.of(System.getProperty("it.crash.base.dir")), Integer.getInteger("it.crash.port-offset", 300),
                "-Dpollcam.demo-data=true", "-Dpollcam.supervision.enabled=false");
        server.deploy(Path.of(System.getProperty("pollcam.ear")));
        log("server ready in " + server.start("api/regions").toSeconds() + " s");
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private record Camera(long id, String token) {
    }

    private record Event(String id, Camera camera, long sequence, Instant sourceTime, String state) {

        String json() {
            return "{\"eventId\":\"" + id + "\",\"sequence\":" + sequence + ",\"sourceTime\":\"" + sourceTime
                    + "\",\"state\":\"" + state + "\"}";
        }
    }

    /** What became of a push, as its sender saw it. */
    private enum Outcome { ACCEPTED, IN_FLIGHT_AT_KILL, REFUSED_WHILE_DOWN, REJECTED }

    /** One life of the server: the client the senders use while it lives. */
    private record Life(int number, HttpClient client) {
    }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Integer> rejections = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final CountDownLatch killPoint = new CountDownLatch(1);
    private volatile long killedAtNanos = Long.MAX_VALUE;
    private Life life;

    @Test
    void everyAcceptedEventIsAppliedExactlyOnceAfterAKillDashNine() throws Exception {
        Instant begin = Instant.now();
        Api api = new Api(server.base().toURL());
        List<Camera> cameras = new ArrayList<>();
        for (int i = 0; i < CAMERAS; i++) {
            cameras.add(newCamera(api, 7_001 + i));
        }
        List<Event> events = events(cameras);
        reconnect();

        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS, task -> {
            Thread sender = new Thread(task, "encoder");
            sender.setDaemon(true);
            return sender;
        });
        for (int i = 0; i < SENDERS; i++) {
            senders.submit(() -> send(events, next));
        }
        assertTrue(killPoint.await(SENDING_WITHIN.toSeconds(), TimeUnit.SECONDS),
                "only " + accepted + " events accepted in " + SENDING_WITHIN);
        Instant kill = Instant.now();
        killedAtNanos = System.nanoTime();
        int status = server.killJvm();
        int acceptedBeforeKill = accepted.get();
        assertEquals(137, status, "standalone.sh should end with its JVM's SIGKILL status (128 + 9)");
        log("SIGKILL after " + acceptedBeforeKill + " accepted, " + next.get() + " taken by senders, "
                + Duration.between(begin, kill).toSeconds() + " s into the test");

        Duration restart = server.start("api/regions");
        log("restarted in " + restart.toSeconds() + " s");
        reconnect();
        senders.shutdown();
        assertTrue(senders.awaitTermination(SENDING_WITHIN.toSeconds(), TimeUnit.SECONDS),
                "senders still busy after " + SENDING_WITHIN + ", " + outcomes.size() + " events sent");
        assertEquals(EVENTS, outcomes.size(), "every event was sent once");

        Instant waitFrom = Instant.now();
        Map<Camera, List<JsonObject>> timelines = awaitAccepted(api, cameras);
        log("timelines settled " + Duration.between(waitFrom, Instant.now()).toSeconds() + " s after the last push");
        Thread.sleep(2_000);
        timelines = timelines(api, cameras);

        verify(events, timelines, api);
        Map<Outcome, Long> counts = outcomes.values().stream()
                .collect(Collectors.groupingBy(outcome -> outcome, Collectors.counting()));
        int applied = timelines.values().stream().mapToInt(List::size).sum();
        log("sent " + EVENTS + ", " + counts + ", applied " + applied + " (" + (applied - accepted.get())
                + " without an answer), rejections " + rejections + ", in "
                + Duration.between(begin, Instant.now()).toSeconds() + " s");
        assertTrue(rejections.isEmpty(), "a push was answered with neither 202 nor nothing: " + rejections);
    }

    /** Every camera's events, interleaved over cameras; per camera the sequence and source time increase. */
    private static List<Event> events(List<Camera> cameras) {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            long sequence = i / CAMERAS + 1;
            events.add(new Event(UUID.randomUUID().toString(), cameras.get(i % CAMERAS), sequence,
                    start.plusSeconds(sequence), STATES.get(ThreadLocalRandom.current().nextInt(STATES.size()))));
        }
        return events;
    }

    /**
     * A sender pushes the next event until there are none. A push without an answer means the server is gone: the
     * sender then waits for the server's next life, as an encoder would back off, so only the pushes in flight at
     * the kill and one refused push per sender go unanswered.
     */
    private void send(List<Event> events, AtomicInteger next) {
        try {
            Life current = lifeAfter(0);
            for (int i = next.getAndIncrement(); i < events.size(); i = next.getAndIncrement()) {
                Event event = events.get(i);
                long sentAt = System.nanoTime();
                try {
                    HttpResponse<Void> response = current.client().send(push(event),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 202) {
                        outcomes.put(event.id(), Outcome.ACCEPTED);
                        if (accepted.incrementAndGet() == KILL_AFTER_ACCEPTED) {
                            killPoint.countDown();
                        }
                    } else {
                        outcomes.put(event.id(), Outcome.REJECTED);
                        rejections.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                    }
                } catch (IOException noAnswer) {
                    outcomes.put(event.id(), sentAt < killedAtNanos ? Outcome.IN_FLIGHT_AT_KILL
                            : Outcome.REFUSED_WHILE_DOWN);
                    current = lifeAfter(current.number());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest push(Event event) {
        return HttpRequest.newBuilder(server.base().resolve("api/cameras/" + event.camera().id() + "/events"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + event.camera().token())
                .POST(HttpRequest.BodyPublishers.ofString(event.json())).build();
    }

    /** A new life of the server begins: a fresh client, since the old one's connections died with the server. */
    private synchronized void reconnect() {
        life = new Life(life == null ? 1 : life.number() + 1,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                        .build());
        notifyAll();
    }

    private synchronized Life lifeAfter(int number) throws InterruptedException {
        while (life == null || life.number() <= number) {
            wait();
        }
        return life;
    }

    /** Waits while the server applies the backlog, until every accepted event is applied or nothing moves. */
    private Map<Camera, List<JsonObject>> awaitAccepted(Api api, List<Camera> cameras) throws InterruptedException {
        Set<String> acceptedIds = ids(Outcome.ACCEPTED);
        int before = -1;
        Instant moved = Instant.now();
        while (true) {
            Map<Camera, List<JsonObject>> timelines = timelines(api, cameras);
            Set<String> applied = timelines.values().stream().flatMap(List::stream)
                    .map(entry -> entry.getString("eventId")).collect(Collectors.toSet());
            long missing = acceptedIds.stream().filter(id -> !applied.contains(id)).count();
            if (applied.size() != before) {
                before = applied.size();
                moved = Instant.now();
            }
            if (missing == 0) {
                return timelines;
            }
            if (Duration.between(moved, Instant.now()).compareTo(STALLED_AFTER) > 0) {
                log(missing + " accepted events not applied, nothing applied for " + STALLED_AFTER.toSeconds() + " s");
                return timelines;
            }
            Thread.sleep(1_000);
        }
    }

    /**
     * Each camera's timeline holds every accepted event once, only events that were sent, each as it was sent; the
     * camera is in the state of its newest applied event.
     */
    private void verify(List<Event> events, Map<Camera, List<JsonObject>> timelines, Api api) {
        Map<String, Event> sent = events.stream().collect(Collectors.toMap(Event::id, event -> event));
        List<String> problems = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        for (var timeline : timelines.entrySet()) {
            Camera camera = timeline.getKey();
            Map<String, Integer> times = new HashMap<>();
            Event newest = null;
            for (JsonObject entry : timeline.getValue()) {
                String id = entry.getString("eventId");
                applied.add(id);
                if (times.merge(id, 1, Integer::sum) == 2) {
                    problems.add("applied twice: " + id + " (" + outcomes.get(id) + ")");
                }
                Event event = sent.get(id);
                if (event == null || !event.camera().equals(camera)) {
                    problems.add("applied but never sent to camera " + camera.id() + ": " + entry);
                    continue;
                }
                if (entry.getJsonNumber("sequence").longValue() != event.sequence()
                        || !event.sourceTime().equals(Instant.parse(entry.getString("sourceTime")))
                        || !event.state().equals(entry.getString("state"))) {
                    problems.add("applied otherwise than sent: " + entry + " for " + event.json());
                }
                if (newest == null || event.sourceTime().isAfter(newest.sourceTime())) {
                    newest = event;
                }
            }
            String state = cameraState(api, camera);
            if (newest != null && !newest.state().equals(state)) {
                problems.add("camera " + camera.id() + " is " + state + ", its newest event " + newest.json()
                        + " says " + newest.state());
            }
        }
        List<String> lost = ids(Outcome.ACCEPTED).stream().filter(id -> !applied.contains(id)).sorted().toList();
        if (!lost.isEmpty()) {
            problems.add(0, lost.size() + " accepted events lost, e.g. " + lost.stream().limit(5)
                    .map(id -> sent.get(id).json() + " to camera " + sent.get(id).camera().id()).toList());
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, first ones: "
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private Set<String> ids(Outcome outcome) {
        return outcomes.entrySet().stream().filter(entry -> entry.getValue() == outcome).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Map<Camera, List<JsonObject>> timelines(Api api, List<Camera> cameras) {
        Map<Camera, List<JsonObject>> timelines = new HashMap<>();
        for (Camera camera : cameras) {
            timelines.put(camera, timeline(api, camera).getJsonArray("entries").stream()
                    .map(JsonValue::asJsonObject).toList());
        }
        return timelines;
    }

    private static String cameraState(Api api, Camera camera) {
        JsonObject health = timeline(api, camera).getJsonObject("camera");
        return health.get("state") instanceof JsonString state ? state.getString() : null;
    }

    private static JsonObject timeline(Api api, Camera camera) {
        var response = api.get("api/cameras/" + camera.id() + "/timeline", Staff.OPERATOR);
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static Camera newCamera(Api api, int stationNumber) {
        var created = api.post("api/stations", Staff.ADMIN, "application/json",
                "{\"constituencyNumber\":125,\"number\":" + stationNumber + ",\"address\":\"Crash school\","
                        + "\"latitude\":39.3,\"longitude\":46.6,\"registeredVoters\":500,\"cameras\":[{\"role\":"
                        + "\"OVERVIEW\",\"streamUrl\":\"http://127.0.0.1:9/none.m3u8\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonArray("cameras").getJsonObject(0).getJsonNumber("id").longValue();
        var token = api.post("api/cameras/" + id + "/push-token", Staff.ADMIN, "application/json", "");
        assertEquals(201, token.statusCode(), token.body());
        return new Camera(id, Api.json(token).getString("token"));
    }

    private static void log(String line) {
        System.out.println("CrashSafetyIT: " + line);
    }
}
