package org.refuge.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.refuge.platform.config.RefugeSettings;

/**
 * Claimed tasks do not stay with somebody who went off shift: every minute, a task claimed longer ago than the idle
 * limit ({@link RefugeSettings#taskIdleLimit()}, 8 hours unless configured; read at each run) and not completed returns
 * to its group, each in its own transaction ({@link IdleClaimReturn}), at most {@value #BATCH} a run (the rest at the
 * next). Idle means held that long since the claim, which the engine records; giving a task to somebody claims it anew.
 * On several nodes each runs the sweep: a task two nodes return at once is returned by one, the other's attempt fails
 * and is skipped.
 */
@Singleton
@PermitAll
public class IdleClaimSweep {

    private static final Logger LOG = Logger.getLogger(IdleClaimSweep.class);

    /** The most tasks one run returns. */
    static final int BATCH = 200;

    @Inject
    TaskBoard board;

    @Inject
    IdleClaimReturn returns;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    @Schedule(second = "29", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        sweep(Instant.now(clock));
    }

    /** Returns the tasks idle at {@code now} to their groups; how many it returned. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Instant now) {
        Duration limit = settings.taskIdleLimit();
        Instant cutoff = now.minus(limit);
        int returned = 0;
        for (TaskBoard.IdleClaim claim : board.claimedBefore(cutoff, BATCH)) {
            try {
                if (returns.giveBack(claim, cutoff, limit)) {
                    returned++;
                }
            } catch (RuntimeException e) {
                // completed, taken or returned by another node meanwhile: nothing to return any more
                LOG.debugf("An idle task was not returned (%s)", e.getClass().getSimpleName());
            }
        }
        if (returned > 0) {
            LOG.infof("%d claimed tasks idle for more than %s returned to their groups", returned, limit);
        }
        return returned;
    }
}
