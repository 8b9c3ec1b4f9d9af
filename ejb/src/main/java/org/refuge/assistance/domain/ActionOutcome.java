package org.refuge.assistance.domain;

/** How a follow-up action ended: done, declined by the family, or not possible (no service, family unreachable). */
public enum ActionOutcome {
    DONE, DECLINED, NOT_POSSIBLE
}
