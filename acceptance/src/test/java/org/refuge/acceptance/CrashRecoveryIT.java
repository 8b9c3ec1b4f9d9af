package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Nothing lost" under the worst fault a node has: WildFly killed with {@code kill -9} while registrars register
 * households with idempotency keys. The server is restarted, every request that got no answer is sent again with its
 * key, and the registry must hold every acknowledged household exactly once and no household twice; the arrival
 * process of each must be there. A server of its own (the real EAR on a copy of the test server's WildFly, ports
 * {@code refuge.test.port.offset} + 50, its own database: the test database's name + {@code _crash}) is started and
 * killed, so the suite's Arquillian server and data are left alone.
 */
class CrashRecoveryIT {

    private static final int CLIENTS = 4;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process server;

    private static int offset() {
        return Integer.parseInt(System.getProperty("refuge.test.port.offset", "200")) + 50;
    }

    private static String base() {
        return "http://localhost:" + (8080 + offset()) + "/";
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy); // a clean stop at the end: SIGTERM, then SIGKILL
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                kill(server);
            }
        }
    }

    @Test
    void killMinus9_whileRegistering_losesNoAcknowledgedHousehold_andDuplicatesNone() throws Exception {
        Path home = copyOfTheServer();
        server = start(home);

        Map<String, String> acknowledged = new ConcurrentHashMap<>();   // idempotency key -> registry number
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<java.util.concurrent.Future<Object>> registrars = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            registrars.add(clients.submit(() -> {
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    try {
                        HttpResponse<String> answer = register(key);
                        if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                            acknowledged.put(key, Api.JSON.readTree(answer.body()).get("registryNumber").asText());
                        } else if (answer.statusCode() >= 500) {
                            unanswered.add(key);   // the server failed: the client does not know, and retries
                        } else {
                            throw new IllegalStateException("Registration refused: " + answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException connectionLost) {
                        unanswered.add(key);   // no answer: this registrar waits for the server, then sends it again
                        return null;
                    }
                }
                return null;
            }));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 40 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        kill(server);                       // SIGKILL, mid-request for some clients
        Thread.sleep(1_000);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (var registrar : registrars) {
            registrar.get(); // a refused registration (not a lost connection) fails the test with its answer
        }
        int acknowledgedBeforeTheCrash = acknowledged.size();
        assertThat(acknowledgedBeforeTheCrash).as("acknowledged before the crash").isGreaterThan(0);

        server = start(home);
        int recovered = 0;
        for (String key : List.copyOf(unanswered)) {
            HttpResponse<String> retry = register(key);
            assertThat(retry.statusCode()).as(retry.body()).isIn(200, 201);
            acknowledged.put(key, Api.JSON.readTree(retry.body()).get("registryNumber").asText());
            recovered++;
        }

        Map<String, Integer> households = householdsPerKey(acknowledged.keySet());
        long lost = acknowledged.keySet().stream().filter(key -> !households.containsKey(key)).count();
        long duplicated = households.values().stream().filter(n -> n > 1).count();
        int processes = arrivalProcesses(acknowledged.values());
        String figures = String.format("kill -9 recovery: acknowledged %d before the crash, %d unanswered and recovered by retry, "
                        + "%d households in the registry, duplicated %d, lost %d, arrival processes %d%n",
                acknowledgedBeforeTheCrash, recovered, households.size(), duplicated, lost, processes);
        System.out.print(figures);
        Files.writeString(Path.of("target", "crash-recovery.txt"), figures);

        assertThat(lost).as("acknowledged households lost").isZero();
        assertThat(duplicated).as("households registered twice").isZero();
        assertThat(households).hasSize(acknowledged.size());
        assertThat(processes).as("every household's arrival process").isEqualTo(acknowledged.size());
    }

    /** One pre-registration with its idempotency key (a token still valid for a minute: the test outlives one). */
    /** The request of each key: a retry sends the same body again (another body with the same key is answered 422). */
    private static final Map<String, String> BODIES = new ConcurrentHashMap<>();

    private static HttpResponse<String> register(String key) throws IOException {
        String token = Keycloak.token("registrar");
        String body = BODIES.computeIfAbsent(key, k -> {
            Names head = Names.random();
            return "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin() + "\",\"femaleAdults\":1,\"maleChildren\":1}";
        });
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "api/v1/households")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A copy of the test server's WildFly with the real EAR in its deployments folder. */
    private static Path copyOfTheServer() throws IOException {
        Path source = Path.of(System.getProperty("jboss.home", "../wildfly-config/target/wildfly"));
        Path home = Path.of("target", "crash-wildfly").toAbsolutePath();
        if (Files.exists(home)) {
            try (var old = Files.walk(home)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = source.relativize(file).toString();
                // the suite's server keeps its state there (deployments, transaction logs): this one starts clean
                if (relative.startsWith("standalone/data") || relative.startsWith("standalone/tmp") || relative.startsWith("standalone/log")) {
                    continue;
                }
                Path target = home.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Path config = home.resolve("standalone/configuration/standalone.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.copy(Path.of(System.getProperty("refuge.ear", "../ear/target/refuge.ear")),
                home.resolve("standalone/deployments/refuge.ear"), StandardCopyOption.REPLACE_EXISTING);
        return home;
    }

    private static Process start(Path home) throws Exception {
        Path deployed = home.resolve("standalone/deployments/refuge.ear.deployed");
        Files.deleteIfExists(deployed);
        Files.deleteIfExists(home.resolve("standalone/deployments/refuge.ear.failed"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + offset(),
                "-Drefuge.db.name=" + database(), "-Drefuge.demo.data=true")
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1024m -Djava.net.preferIPv4Stack=true");
        Process started = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!Files.exists(deployed)) {
            if (Files.exists(home.resolve("standalone/deployments/refuge.ear.failed")) || !started.isAlive()
                    || System.nanoTime() > until) {
                kill(started);
                throw new IllegalStateException("The crash-test server did not deploy: " + home.resolve("standalone/log/server.log"));
            }
            Thread.sleep(250);
        }
        return started;
    }

    /** SIGKILL to the server's JVM and to the script that started it: no shutdown hook runs. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Integer> householdsPerKey(java.util.Collection<String> keys) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = connect(); var query = db.prepareStatement(
                "SELECT idempotency_key, count(*) FROM household WHERE idempotency_key = ANY (?) GROUP BY idempotency_key")) {
            query.setArray(1, db.createArrayOf("varchar", keys.stream().map(k -> "registrar:" + k).toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1).substring("registrar:".length()), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static int arrivalProcesses(java.util.Collection<String> registryNumbers) throws SQLException {
        try (Connection db = connect(); var query = db.prepareStatement(
                "SELECT count(DISTINCT business_key_) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ = ANY (?)")) {
            query.setArray(1, db.createArrayOf("varchar", registryNumbers.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The server's own database, made empty by ./refuge test: its processes and timers never touch the suite's. */
    private static String database() {
        return TestDatabase.name() + "_crash";
    }

    private static Connection connect() throws SQLException {
        return TestDatabase.connect(database());
    }
}
