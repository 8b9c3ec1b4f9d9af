package org.refuge.perf;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.refuge.registration.domain.Portrait;

/**
 * The card part of the work at volume (issue 15, item 6): {@value #CARDS} identity cards produced and printed in
 * batches, as a police officer at the bulk load's crossing point ({@value #OFFICER}, made by {@code ./refuge bench}) does
 * from the card queue. The officer takes the households at the head of the queue ({@code GET /documents/queue}) until
 * their protected persons number {@value #CARDS}; as the registration desk would have, each of those persons gets a
 * portrait first (a synthetic picture made into a portrait by the application's own {@link Portrait}, stored with
 * SQL). Then, timed: the documents produced in calls of at most {@value #CALL} households
 * ({@code POST /documents/bulk}), and every card printed as one PDF per call of {@value #CALL} cards, first one card per
 * ID-1 page ({@code POST /documents/prints/bulk}, layout {@code card}), then reprinted eight to an A4 sheet.
 */
final class CardBatchBenchmark {

    static final int CARDS = 1_000;
    static final int CALL = 500;
    static final String OFFICER = "bench-police";
    private static final int PORTRAITS = 24;

    private final Connection db;
    private final HttpClient http;
    private final Settings settings;
    private final BiConsumer<String, String> row;

    CardBatchBenchmark(Connection db, HttpClient http, Settings settings, BiConsumer<String, String> row) {
        this.db = db;
        this.http = http;
        this.settings = settings;
        this.row = row;
    }

    void run() throws Exception {
        RefugeApi police = new RefugeApi(http, settings, new Tokens(http, settings, OFFICER, "demo"));
        Map<String, Integer> households = headOfQueue(police);
        int persons = households.values().stream().mapToInt(Integer::intValue).sum();
        if (persons < CARDS) {
            row.accept("Card batches", "not measured: only " + persons + " persons wait for a card at " + BulkLoader.SITE);
            return;
        }
        int photographed = photograph(new ArrayList<>(households.keySet()));
        System.out.printf(Locale.ROOT, "  card batches: %,d households, %,d persons, %,d portraits stored%n", households.size(), persons,
                photographed);
        List<String> documents = produce(police, new ArrayList<>(households.keySet()));
        print(police, documents, "card", null);
        print(police, documents, "a4", "benchmark: the same cards on A4 sheets");
    }

    /**
     * The households of the first persons in the queue at the site without a document yet (an earlier run's cards wait
     * there for their handover), in the queue's order, with their persons waiting.
     */
    private Map<String, Integer> headOfQueue(RefugeApi police) throws Exception {
        Map<String, Integer> households = new LinkedHashMap<>();
        int persons = 0;
        for (int page = 0; persons < CARDS; page++) {
            RefugeApi.Reply reply = police.get("/documents/queue?bcp=" + BulkLoader.SITE + "&size=" + CALL + "&page=" + page);
            if (!reply.ok()) {
                throw new IllegalStateException("The benchmark's card queue was refused: " + reply.problem());
            }
            if (reply.body().path("items").isEmpty()) {
                break;
            }
            for (JsonNode item : reply.body().path("items")) {
                String number = item.path("registryNumber").asText();
                if (item.hasNonNull("documentNumber")) {
                    continue; // produced by an earlier run, waiting for its handover
                }
                if (persons >= CARDS && !households.containsKey(number)) {
                    break;
                }
                households.merge(number, 1, Integer::sum);
                persons++;
            }
        }
        return households;
    }

    /** Stores a portrait of every registered member of these households who has none; how many were stored. */
    private int photograph(List<String> registryNumbers) throws SQLException {
        List<Portrait> portraits = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(BulkLoader.SEED);
        for (int i = 0; i < PORTRAITS; i++) {
            portraits.add(Portrait.of(picture(random)));
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        int stored = 0;
        try (PreparedStatement persons = db.prepareStatement("SELECT p.id FROM person p JOIN household h ON h.id = p.household_id "
                + "WHERE h.registry_number = ANY (?) AND p.status = 'REGISTERED' AND p.photo_id IS NULL");
             PreparedStatement photo = db.prepareStatement("INSERT INTO photo (id, jpeg, width, height, source, taken_at, taken_by) "
                     + "VALUES (?, ?, ?, ?, 'CAMERA', now(), 'benchmark')");
             PreparedStatement person = db.prepareStatement("UPDATE person SET photo_id = ? WHERE id = ?")) {
            persons.setArray(1, db.createArrayOf("varchar", registryNumbers.toArray()));
            List<UUID> ids = new ArrayList<>();
            try (var r = persons.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            for (UUID id : ids) {
                Portrait portrait = portraits.get(stored % PORTRAITS);
                UUID photoId = UUID.randomUUID();
                photo.setObject(1, photoId);
                photo.setBytes(2, portrait.jpeg());
                photo.setInt(3, portrait.width());
                photo.setInt(4, portrait.height());
                photo.addBatch();
                person.setObject(1, photoId);
                person.setObject(2, id);
                person.addBatch();
                stored++;
            }
            photo.executeBatch();
            person.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return stored;
    }

    /** A 1200 × 1600 picture with a face-like oval, a gradient and noise, so that its JPEG is as large as a camera's. */
    private static byte[] picture(SplittableRandom random) {
        BufferedImage image = new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 1200, 1600, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 1200, 1600);
        g.setColor(new Color(200 + random.nextInt(40), 160 + random.nextInt(40), 130 + random.nextInt(40)));
        g.fillOval(350, 350, 500, 680);
        g.dispose();
        for (int i = 0; i < 200_000; i++) {
            int x = random.nextInt(1200);
            int y = random.nextInt(1600);
            image.setRGB(x, y, image.getRGB(x, y) ^ random.nextInt(0x202020));
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    /** The documents of these households, produced in calls of {@value #CALL}; their ids. */
    private List<String> produce(RefugeApi police, List<String> households) throws Exception {
        List<String> documents = new ArrayList<>();
        long refused = 0;
        Latencies calls = new Latencies();
        long start = System.nanoTime();
        for (int from = 0; from < households.size(); from += CALL) {
            List<String> batch = households.subList(from, Math.min(households.size(), from + CALL));
            RefugeApi.Reply reply = police.post("/documents/bulk", Map.of("registryNumbers", batch), "bench-cards-" + start + "-" + from,
                    java.time.Duration.ofMinutes(10));
            if (!reply.ok()) {
                throw new IllegalStateException("The benchmark's card batch was refused: " + reply.problem());
            }
            calls.add(reply.nanos());
            refused += reply.body().path("refused").asLong();
            for (JsonNode item : reply.body().path("items")) {
                item.path("documents").forEach(d -> documents.add(d.path("id").asText()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String figures = String.format(Locale.ROOT, "%,d cards for %,d households produced, %,d households refused, in %.1f s: %.1f cards/s; "
                + "each call: %.1f s at most", documents.size(), households.size() - refused, refused, seconds, documents.size() / seconds,
                calls.maxMillis() / 1000);
        System.out.println("  card production: " + figures);
        row.accept("Production of " + String.format(Locale.ROOT, "%,d", CARDS) + " identity cards from the head of the card queue (`POST /documents/bulk`, calls of up to "
                + CALL + " households as `" + OFFICER + "`)", figures);
        return documents;
    }

    /** Every document printed in calls of {@value #CALL} cards, each call one PDF in the layout. */
    private void print(RefugeApi police, List<String> documents, String layout, String reason) throws Exception {
        long bytes = 0;
        Latencies calls = new Latencies();
        long start = System.nanoTime();
        for (int from = 0; from < documents.size(); from += CALL) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("documentIds", documents.subList(from, Math.min(documents.size(), from + CALL)));
            body.put("layout", layout);
            body.put("reason", reason);
            RefugeApi.Download pdf = police.download("/documents/prints/bulk", body);
            if (pdf.status() != 200 || !pdf.isPdf()) {
                throw new IllegalStateException("The benchmark's card print (" + layout + ") was refused: " + pdf.status());
            }
            calls.add(pdf.nanos());
            bytes += pdf.bytes().length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String figures = String.format(Locale.ROOT, "%,d cards in %.1f s: %.1f cards/s; %d PDF of %.1f MB in all; each call: %.1f s at most",
                documents.size(), seconds, documents.size() / seconds, (documents.size() + CALL - 1) / CALL, bytes / 1e6, calls.maxMillis() / 1000);
        System.out.println("  card print (" + layout + "): " + figures);
        row.accept("Print of the " + String.format(Locale.ROOT, "%,d", CARDS) + " cards as one PDF per " + CALL + " (`POST /documents/prints/bulk`, layout `" + layout + "`"
                + (reason == null ? "" : ", a reprint with its reason") + ")", figures);
    }
}
