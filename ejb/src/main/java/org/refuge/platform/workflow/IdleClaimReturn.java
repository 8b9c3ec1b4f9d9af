package org.refuge.platform.workflow;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;

/**
 * Returns one idle claimed task to its group in a transaction of its own, as Refuge's own act in the audit trail
 * (actor {@value AuditTrail#SYSTEM}): the sweep ({@link IdleClaimSweep}) calls it for each task it found.
 */
@Stateless
@PermitAll
public class IdleClaimReturn {

    @Inject
    TaskBoard board;

    @Inject
    AuditTrail audit;

    /** Returns the task ({@link TaskBoard#returnIfIdle}) and audits it; false when it was no longer idle. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean giveBack(TaskBoard.IdleClaim claim, Instant cutoff, Duration limit) {
        if (!board.returnIfIdle(claim, cutoff)) {
            return false;
        }
        audit.recordBySystem(AuditAction.UPDATE, TaskSupervision.AUDITED_AS, claim.taskId(), "returned from " + claim.assignee()
                + " to its group after " + hours(limit) + " h idle");
        return true;
    }

    /** The limit in hours as a person reads it: "8", "0.5". */
    static String hours(Duration limit) {
        return java.math.BigDecimal.valueOf(limit.toSeconds()).divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
