package org.refuge.screening.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.workflow.TaskPerson;
import org.refuge.platform.workflow.TaskSubject;
import org.refuge.platform.workflow.TaskSubjects;

/**
 * The member a screening task is about, for the inbox rows (each member has their own tasks): the name as registered
 * and the age today, read from registration's published {@code registry_member} view for a whole page in one query.
 * Households themselves are registration's answer ({@code HouseholdTaskSubjects}).
 */
@ApplicationScoped
public class ScreeningTaskPersons implements TaskSubjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Map<String, TaskSubject> of(Collection<String> businessKeys) {
        return Map.of();
    }

    @Override
    public Map<String, TaskPerson> persons(Collection<String> personIds) {
        List<UUID> ids = personIds.stream().map(ScreeningTaskPersons::id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT m.person_id AS person_id, m.name AS name, m.birth_date AS birth_date "
                + "FROM registry_member m WHERE m.person_id IN (:ids)", Tuple.class).setParameter("ids", ids).getResultList();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Map<String, TaskPerson> persons = new HashMap<>();
        for (Tuple row : rows) {
            LocalDate birth = SqlValues.date(row.get("birth_date"));
            String id = row.get("person_id", UUID.class).toString();
            persons.put(id, new TaskPerson(id, row.get("name", String.class),
                    birth == null ? null : Period.between(birth, today).getYears()));
        }
        return persons;
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
