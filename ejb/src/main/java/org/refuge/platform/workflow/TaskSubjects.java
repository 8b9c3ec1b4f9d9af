package org.refuge.platform.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * A context's answer to "what are these tasks about?" for the inboxes: the platform knows a task's business key (a
 * registry number, an influx event's id, a camp's code, a day), the context that owns such records knows what they
 * are. Each implementation answers the keys that name its records and leaves the others out, in a fixed number of
 * queries whatever the number of keys, so that a page of the inbox costs the same few queries. Runs in the caller's
 * transaction; the caller ({@link InboxService}) states the roles, and only asks about tasks the reader reaches.
 */
public interface TaskSubjects {

    /** The subjects of those business keys that name a record of this context, by business key. */
    Map<String, TaskSubject> of(Collection<String> businessKeys);

    /** The persons among these ids ({@link WorkTask#personId()}) that this context knows, by id; none by default. */
    default Map<String, TaskPerson> persons(Collection<String> personIds) {
        return Map.of();
    }
}
