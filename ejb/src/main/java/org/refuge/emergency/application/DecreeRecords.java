package org.refuge.emergency.application;

import java.util.UUID;

/**
 * What the action plan needs to know of the government's decrees, which protection records: whether one was recorded
 * for an influx event (then the plan's decree measure is done when the plan is activated). Protection implements it;
 * emergency never reads protection's tables.
 */
public interface DecreeRecords {

    boolean recordedFor(UUID influxEventId);
}
