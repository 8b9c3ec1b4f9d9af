package org.refuge.emergency.domain;

/** Life of an influx event: declared, then the action plan is activated, then it is closed. */
public enum InfluxEventStatus {
    DECLARED, PLAN_ACTIVE, CLOSED
}
