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
    TaskInbox inbox;

    @Inject
    AuditTrail audit;

    /**
     * Returns the task if it is still held by the same person since before {@code cutoff}; false when it was completed,
     * given to somebody else or claimed anew meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean giveBack(TaskBoard.IdleClaim claim, Instant cutoff, Duration limit) {
        WorkTask task = inbox.task(claim.taskId()).orElse(null);
        if (task == null || !claim.assignee().equals(task.assignee()) || task.claimedAt() == null || task.claimedAt().isAfter(cutoff)) {
            return false;
        }
        inbox.unclaim(task.id());
        audit.recordBySystem(AuditAction.UPDATE, TaskSupervision.AUDITED_AS, task.id(), "returned from " + task.assignee()
                + " to its group after " + hours(limit) + " h idle");
        return true;
    }

    /** The limit in hours as a person reads it: "8", "0.5". */
    static String hours(Duration limit) {
        return java.math.BigDecimal.valueOf(limit.toSeconds()).divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
