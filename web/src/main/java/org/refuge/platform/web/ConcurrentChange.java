package org.refuge.platform.web;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Whether a failure means that someone else changed the same records at the same moment (a stale version, a lock
 * that could not be had, a deadlock the database broke, a serialization failure): the user is told to reload and
 * try again, with the message {@link #MESSAGE_KEY}, never an error page.
 */
public final class ConcurrentChange {

    public static final String MESSAGE_KEY = "refuge.concurrentChange";

    /** serialization_failure, deadlock_detected, lock_not_available, unique_violation (two saved the same at once) */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "23505");

    private ConcurrentChange() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause.getClass().getSimpleName().equals("FlowableOptimisticLockingException")) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
