package org.refuge.camps.infrastructure;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.camps.domain.TentProposal;

/**
 * The answers of bulk allocations sent with an {@code Idempotency-Key} (V70, {@code camp_bulk_allocation_item}): one
 * row per household, in the request's order, so that a retry answers what the first request did. Refusals are kept
 * as their message key and arguments (the retry reads them in its own language). Runs in the caller's transaction;
 * checks no roles: its caller does.
 */
@ApplicationScoped
public class BulkAllocationAnswers {

    /** One household's answer as kept. */
    public record Row(String registryNumber, String outcome, String campCode, List<TentProposal.Share> tents, String rule,
                      String messageKey, List<String> arguments) {
    }

    @PersistenceContext
    EntityManager em;

    /** Keeps the answer given to {@code actor} under {@code key}. */
    public void keep(String actor, String key, List<Row> rows) {
        for (int position = 0; position < rows.size(); position++) {
            Row row = rows.get(position);
            em.createNativeQuery("INSERT INTO camp_bulk_allocation_item (actor, request_key, position, registry_number, outcome, "
                            + "camp_code, tents, rule, message_key, arguments) VALUES (:a, :k, :p, :n, :o, :c, :t, :r, :m, :g)")
                    .setParameter("a", actor).setParameter("k", key).setParameter("p", position)
                    .setParameter("n", row.registryNumber()).setParameter("o", row.outcome()).setParameter("c", row.campCode())
                    .setParameter("t", tents(row.tents())).setParameter("r", row.rule()).setParameter("m", row.messageKey())
                    .setParameter("g", arguments(row.arguments())).executeUpdate();
        }
    }

    /** The answer kept under the key, in the request's order; empty when none was kept. */
    public List<Row> read(String actor, String key) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT registry_number, outcome, camp_code, tents, rule, message_key, arguments "
                        + "FROM camp_bulk_allocation_item WHERE actor = :a AND request_key = :k ORDER BY position", Tuple.class)
                .setParameter("a", actor).setParameter("k", key).getResultList();
        return rows.stream().map(r -> new Row(r.get("registry_number", String.class), r.get("outcome", String.class),
                r.get("camp_code", String.class), tents(r.get("tents", String.class)), r.get("rule", String.class),
                r.get("message_key", String.class), arguments(r.get("arguments", String.class)))).toList();
    }

    /** Tents as {@code id:number:beds} separated by commas (null for none). */
    private static String tents(List<TentProposal.Share> tents) {
        if (tents == null || tents.isEmpty()) {
            return null;
        }
        return String.join(",", tents.stream().map(s -> s.tentId() + ":" + s.number() + ":" + s.beds()).toList());
    }

    private static List<TentProposal.Share> tents(String kept) {
        if (kept == null || kept.isBlank()) {
            return List.of();
        }
        List<TentProposal.Share> tents = new ArrayList<>();
        for (String share : kept.split(",")) {
            String[] parts = share.split(":");
            tents.add(new TentProposal.Share(UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return tents;
    }

    /** Arguments as a JSON array of strings (null for none). */
    private static String arguments(List<String> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        arguments.forEach(array::add);
        return array.build().toString();
    }

    private static List<String> arguments(String kept) {
        if (kept == null || kept.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(kept))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
