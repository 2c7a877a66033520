package org.pollcam;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The provisioned WildFly started by {@code bin/standalone.sh} as a child process of the test, on its own base
 * folder and port offset: a test can kill it like a power cut ({@code kill -9} of its JVM) and start it again on the
 * same folder, so the Artemis journal and the H2 database are those the killed server left. Arquillian's managed
 * container cannot do this: it owns one server for the whole suite.
 */
public final class WildFlyProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration STOP = Duration.ofSeconds(60);

    private final Path jbossHome;
    private final Path baseDir;
    private final int portOffset;
    private final List<String> properties;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread killOnExit = new Thread(this::kill, "kill the test's WildFly");
    private Process shell;
    private int starts;

    /** A server on {@code baseDir}, a copy of the provisioned standalone folder with an empty deployments folder. */
    public WildFlyProcess(Path jbossHome, Path baseDir, int portOffset, String... properties) {
        this.jbossHome = jbossHome;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
        this.properties = List.of(properties);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** Deploys by the deployment scanner: the archive is in the deployments folder at the next start. */
    public void deploy(Path archive) throws IOException {
        Files.copy(archive, baseDir.resolve("deployments").resolve(archive.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts the server and returns once it is ready and the deployment answers {@code readyPath}. */
    public Duration start(String readyPath) throws IOException, InterruptedException, TimeoutException {
        if (shell != null && shell.isAlive()) {
            throw new IllegalStateException("already running");
        }
        for (int port : new int[] {8080 + portOffset, managementPort()}) {
            if (listening(port)) {
                throw new IllegalStateException("Port " + port + " is taken by another server: choose another"
                        + " it.crash.port-offset");
            }
        }
        Instant started = Instant.now();
        Path console = baseDir.resolve("log").resolve("console-" + ++starts + ".log");
        Files.createDirectories(console.getParent());
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        shell = builder.start();
        URI health = URI.create("http://127.0.0.1:" + managementPort() + "/health/ready");
        URI ready = base().resolve(readyPath);
        while (!(answers200(health) && answers200(ready))) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + shell.exitValue() + " while starting;"
                        + " see " + console + " and " + baseDir.resolve("log/server.log"));
            }
            if (Duration.between(started, Instant.now()).compareTo(STARTUP) > 0) {
                throw new TimeoutException("WildFly not ready after " + STARTUP + "; see " + console);
            }
            Thread.sleep(250);
        }
        return Duration.between(started, Instant.now());
    }

    private List<String> command() {
        var command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "pollcam.xml", "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(properties);
        return command;
    }

    /**
     * Kills the server's JVM with SIGKILL: no shutdown hook, no graceful stop, no flush. standalone.sh runs the JVM
     * as its child and exits with the JVM's status, 137 (128 + 9) after a SIGKILL, which is returned.
     */
    public int killJvm() throws InterruptedException, TimeoutException {
        ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("no WildFly JVM under " + shell));
        if (!jvm.destroyForcibly()) {
            throw new IllegalStateException("could not send SIGKILL to " + jvm.pid());
        }
        try {
            jvm.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (!shell.waitFor(10, TimeUnit.SECONDS)) {
            throw new TimeoutException("standalone.sh still running after its JVM was killed");
        }
        return shell.exitValue();
    }

    private Optional<ProcessHandle> jvm() {
        return shell.descendants().filter(process -> process.info().command()
                .map(command -> command.endsWith("/java")).orElse(false)).findFirst();
    }

    /** Stops the server as an operator would (SIGTERM: graceful shutdown), and kills it if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (shell != null && shell.isAlive()) {
            jvm().ifPresent(ProcessHandle::destroy);
            if (!shell.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void kill() {
        if (shell != null) {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
        }
    }

    private boolean answers200(URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException free) {
            return false;
        }
    }
}
