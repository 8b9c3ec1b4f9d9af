package org.refuge.platform.persistence;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;

/**
 * Makes a request take effect once per {@code Idempotency-Key}: in the caller's transaction, {@link #earlier} waits for
 * any other request with the same key (a retry sent while the first still runs) and answers the first one's result;
 * {@link #remember} keeps this one's. Keys belong to the user who sent them; a key reused for another operation is
 * refused (409), and so is a key sent again with another body (422): with each key goes a SHA-256 of the operation and
 * of the request's canonical body ({@link RequestFingerprint}). Registrations also keep their keys on their own rows
 * (households, persons), which say what the first request made.
 */
@Dependent
public class IdempotentRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestFingerprint fingerprint;

    /** The result of the earlier request with this key, if there was one; empty for no key. */
    public Optional<String> earlier(String key, String operation) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:k))").setParameter("k", currentUser.username() + ":" + key)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Tuple>) em.createNativeQuery("SELECT operation, result, request_hash FROM idempotent_request "
                        + "WHERE actor = :a AND request_key = :k", Tuple.class).setParameter("a", currentUser.username()).setParameter("k", key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!operation.equals(rows.get(0).get("operation"))) {
            throw Refusal.conflict("idempotencyKey", "refuge.idempotency.reused");
        }
        Object first = rows.get(0).get("request_hash");
        String now = fingerprint.of(operation);
        // a body on both sides that differs: the retry asks something else (without a body on either side, the key decides)
        if (first != null && now != null && !now.equals(first.toString().strip())) {
            throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "idempotencyKey", "refuge.idempotency.changed");
        }
        return Optional.of(rows.get(0).get("result", String.class));
    }

    /**
     * Takes over a key whose request left a result starting with {@code running} longer ago than {@code minutes} (a
     * server stopped half way): true when it did, the key then holding {@code token}. Called after {@link #earlier},
     * which holds the lock.
     */
    public boolean takeOver(String key, String running, int minutes, String token) {
        return em.createNativeQuery("UPDATE idempotent_request SET created_at = now(), result = :t WHERE actor = :a AND request_key = :k "
                        + "AND starts_with(result, :r) AND created_at < now() - make_interval(mins => :m)")
                .setParameter("t", token).setParameter("a", currentUser.username()).setParameter("k", key).setParameter("r", running)
                .setParameter("m", minutes).executeUpdate() > 0;
    }

    /** Forgets a key that still holds {@code token} (its request failed before it answered): it may be sent again. */
    public void forget(String key, String token) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE actor = :a AND request_key = :k AND result = :r")
                .setParameter("a", currentUser.username()).setParameter("k", key).setParameter("r", token).executeUpdate();
    }

    /**
     * Replaces the result kept under this key while it still holds {@code token} (a request that claimed its key first
     * and answers last); false when it no longer does (another request took the key over).
     */
    public boolean replace(String key, String operation, String token, String result) {
        return em.createNativeQuery("UPDATE idempotent_request SET result = :r WHERE actor = :a AND request_key = :k AND operation = :o "
                        + "AND result = :t")
                .setParameter("r", result).setParameter("a", currentUser.username()).setParameter("k", key).setParameter("o", operation)
                .setParameter("t", token).executeUpdate() > 0;
    }

    /** Keeps this request's result under its key (nothing without a key). */
    public void remember(String key, String operation, String result) {
        if (key == null || key.isBlank()) {
            return;
        }
        em.createNativeQuery("INSERT INTO idempotent_request (actor, request_key, operation, result, request_hash) "
                        + "VALUES (:a, :k, :o, :r, :h)")
                .setParameter("a", currentUser.username()).setParameter("k", key).setParameter("o", operation)
                .setParameter("r", result).setParameter("h", fingerprint.of(operation)).executeUpdate();
    }
}
