package org.refuge.emergency.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.platform.workflow.TaskSubject;
import org.refuge.platform.workflow.TaskSubjects;

/**
 * What the tasks of an influx event's action plan are about (their business key is the event's id): the event's
 * name, as the supervisor declared it, instead of its id. One query for a whole inbox page. Emergency's answer to the
 * platform's {@link TaskSubjects} port.
 */
@ApplicationScoped
public class InfluxEventTaskSubjects implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<String, TaskSubject> of(Collection<String> businessKeys) {
        List<UUID> ids = businessKeys.stream().map(InfluxEventTaskSubjects::id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from InfluxEvent e where e.id in :ids", InfluxEvent.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(e -> e.id().toString(), e -> TaskSubject.titled(e.name())));
    }

    /** The event id a business key is, or null for a key of another kind (a registry number, a camp's code, a day). */
    private static UUID id(String businessKey) {
        try {
            return UUID.fromString(businessKey);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
