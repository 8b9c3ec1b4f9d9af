package org.refuge.platform.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.refuge.platform.refusal.Refusal;

/**
 * The {@code Idempotency-Key} of a bulk action (a bulk grant, a bulk allocation, a batch of cards): each household of it
 * commits in a transaction of its own, and no transaction spans the batch, so that no transaction timeout bounds a
 * batch of hundreds and no lock is held while it runs. The key is claimed, committed, before the first household
 * ({@link #claim}); the answer is kept, committed, after the last ({@link #keep}), and a request that fails in between
 * frees its key ({@link #release}). A request sent again with the key
 * after the first answered gets the kept answer; one sent while the first still runs is refused (409, "in progress"),
 * unless the first has not answered for {@value #ABANDONED_AFTER_MINUTES} minutes (a server stopped half way): then the
 * key is taken over and the batch runs again, each household's step doing nothing twice. The key's rules are
 * {@link IdempotentRequests}' (its user's, one operation, one body).
 */
@Stateless
@PermitAll // the bulk action states its roles; this keeps its key only, for the user who sent it
public class BulkRequests {

    /** A batch runs far under this; a key claimed longer ago whose answer is not kept belongs to a batch that stopped. */
    static final int ABANDONED_AFTER_MINUTES = 15;

    /**
     * What a claimed key holds until its answer is kept, followed by the claiming request's own token: no answer of any
     * bulk action reads so.
     */
    static final String RUNNING = "(running";

    @Inject
    IdempotentRequests idempotent;

    /** This bean through the container, so that {@link #release} runs in a transaction of its own. */
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * A request's hold on its key: the key and operation, the token its claim wrote (null without a key, or when the
     * key had an answer already) and that answer.
     */
    public record Claim(String key, String operation, String token, String answer) {

        /** The answer kept for the first request with this key, to be given again; empty when this request runs. */
        public Optional<String> earlier() {
            return Optional.ofNullable(answer);
        }

        boolean holdsKey() {
            return token != null;
        }
    }

    /**
     * Claims the key, committed now, for this request, whose {@link Claim#earlier} is then empty (so too without a key);
     * or answers the first request's kept answer. Refused (409) while the first request still runs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(String key, String operation) {
        if (key == null || key.isBlank()) {
            return new Claim(null, operation, null, null);
        }
        String token = RUNNING + " " + UUID.randomUUID() + ")";
        Optional<String> earlier = idempotent.earlier(key, operation);
        if (earlier.isEmpty()) {
            idempotent.remember(key, operation, token);
            return new Claim(key, operation, token, null);
        }
        if (!earlier.get().startsWith(RUNNING)) {
            return new Claim(key, operation, null, earlier.get());
        }
        if (idempotent.takeOver(key, RUNNING, ABANDONED_AFTER_MINUTES, token)) {
            return new Claim(key, operation, token, null);
        }
        throw Refusal.conflict("idempotencyKey", "refuge.idempotency.inProgress");
    }

    /**
     * Frees the key of a request that failed before it answered (the households it did stay done): a retry runs again.
     * A key another request took over meanwhile stays that request's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Claim claim) {
        if (claim.holdsKey()) {
            idempotent.forget(claim.key(), claim.token());
        }
    }

    /**
     * {@link #release} after a failure: should freeing the key fail too (the database gone), the caller still learns
     * the first failure, which carries the second.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void releaseAfter(Claim claim, RuntimeException failure) {
        try {
            context.getBusinessObject(BulkRequests.class).release(claim);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /**
     * Keeps the answer under the claimed key, committed, with whatever else {@code alsoKept} writes in the same
     * transaction (the batch's rows of its answer, its audit entry). Without a key only {@code alsoKept} runs. A request
     * whose key was taken over while it ran (it outlived {@value #ABANDONED_AFTER_MINUTES} minutes) keeps nothing, not
     * even what {@code alsoKept} would write, and is refused (409, superseded): the request that took the key over
     * answers it, and keeps its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(Claim claim, String answer, Runnable alsoKept) {
        if (claim.holdsKey() && !idempotent.replace(claim.key(), claim.operation(), claim.token(), answer)) {
            throw Refusal.conflict("idempotencyKey", "refuge.idempotency.superseded");
        }
        alsoKept.run();
    }
}
