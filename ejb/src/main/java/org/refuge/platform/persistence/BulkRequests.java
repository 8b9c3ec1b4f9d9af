package org.refuge.platform.persistence;

import java.util.Optional;

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

    /** The result a claimed key holds until its answer is kept: no answer of any bulk action reads so. */
    static final String RUNNING = "(running)";

    @Inject
    IdempotentRequests idempotent;

    /** This bean through the container, so that {@link #release} runs in a transaction of its own. */
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * The answer kept for the first request with this key, to be given again; empty when this request is the first (or
     * sends no key), its key claimed and committed now. Refused (409) while the first request still runs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claim(String key, String operation) {
        Optional<String> earlier = idempotent.earlier(key, operation);
        if (earlier.isEmpty()) {
            idempotent.remember(key, operation, RUNNING);
            return Optional.empty();
        }
        if (!RUNNING.equals(earlier.get())) {
            return earlier;
        }
        if (idempotent.takeOver(key, RUNNING, ABANDONED_AFTER_MINUTES)) {
            return Optional.empty();
        }
        throw Refusal.conflict("idempotencyKey", "refuge.idempotency.inProgress");
    }

    /** Frees the key of a request that failed before it answered (the households it did stay done): a retry runs again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key) {
        if (key != null && !key.isBlank()) {
            idempotent.forget(key, RUNNING);
        }
    }

    /**
     * {@link #release} after a failure: should freeing the key fail too (the database gone), the caller still learns
     * the first failure, which carries the second.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void releaseAfter(String key, RuntimeException failure) {
        try {
            context.getBusinessObject(BulkRequests.class).release(key);
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /**
     * Keeps the answer under the key, committed, with whatever else {@code alsoKept} writes in the same transaction (the
     * batch's rows of its answer, its audit entry). Without a key only {@code alsoKept} runs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keep(String key, String operation, String answer, Runnable alsoKept) {
        if (key != null && !key.isBlank()) {
            idempotent.replace(key, operation, answer);
        }
        alsoKept.run();
    }
}
