package org.refuge.assistance.children;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.refuge.assistance.children.ChildViews.Assessment;
import org.refuge.assistance.children.ChildViews.Caregiver;
import org.refuge.assistance.children.ChildViews.Child;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * The child-protection tables (V59: caregivers, best-interests assessments) read with registration's published view
 * {@code registration_separated_child}. Checks no roles or sites: its callers do (a scope condition is passed in).
 */
@ApplicationScoped
public class ChildRecords {

    /** The children with their current caregiver and assessment; {@code c.id} is the household's id (for the scope). */
    private static final String CHILDREN = """
             \sFROM (SELECT v.*, v.household_id AS id FROM registration_separated_child v) c
             LEFT JOIN assistance_caregiver g ON g.child_id = c.person_id AND g.ended_at IS NULL
             LEFT JOIN assistance_best_interests b ON b.child_id = c.person_id
             WHERE true""";

    private static final String COLUMNS = "SELECT c.person_id AS person_id, c.household_id AS household_id, "
            + "c.registry_number AS registry_number, c.site_code AS site_code, c.need_code AS need_code, c.given_name AS given_name, "
            + "c.family_name AS family_name, c.given_name_latin AS given_name_latin, c.family_name_latin AS family_name_latin, "
            + "c.birth_date AS birth_date, c.sex AS sex, g.id AS g_id, g.name AS g_name, g.relation AS g_relation, "
            + "g.person_id AS g_person_id, g.contact AS g_contact, g.recorded_at AS g_recorded_at, g.recorded_by AS g_recorded_by, "
            + "b.opened_at AS b_opened_at, b.due_at AS b_due_at, b.outcome AS b_outcome, b.note AS b_note, "
            + "b.assessed_at AS b_assessed_at, b.assessed_by AS b_assessed_by";

    @PersistenceContext
    EntityManager em;

    /**
     * One page of the children within a scope ({@code scope}: an SQL condition on alias {@code c}, with its
     * parameters), those whose assessment is still open first (soonest due), then by registry number.
     */
    public Page<Child> children(String scope, Map<String, Object> parameters, boolean openOnly, PageRequest request) {
        String where = scope + (openOnly ? " AND b.outcome IS NULL" : "");
        var count = em.createNativeQuery("SELECT count(*)" + CHILDREN + where);
        var page = em.createNativeQuery(COLUMNS + CHILDREN + where + " ORDER BY b.outcome IS NOT NULL, b.due_at, "
                + "c.registry_number, c.person_id, c.need_code OFFSET :first LIMIT :size", Tuple.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = SqlValues.count(count.getSingleResult());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        return Page.of(rows.stream().map(ChildRecords::child).toList(), total, request);
    }

    /** The child with this person id (unaccompanied before separated when both codes are recorded). */
    public Optional<Child> child(PersonId child) {
        return query(" AND c.person_id = :p", "p", child.value()).stream().findFirst();
    }

    /** The children of a household. */
    public List<Child> inHousehold(RegistryNumber household) {
        return query(" AND c.registry_number = :h", "h", household.value());
    }

    private List<Child> query(String where, String parameter, Object value) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COLUMNS + CHILDREN + where + " ORDER BY c.need_code DESC, c.person_id", Tuple.class)
                .setParameter(parameter, value).getResultList();
        return rows.stream().map(ChildRecords::child).toList();
    }

    /** Every caregiver recorded for the child, the current one first, then the latest. */
    public List<Caregiver> caregivers(UUID childId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM assistance_caregiver WHERE child_id = :c "
                + "ORDER BY ended_at IS NOT NULL, recorded_at DESC", Tuple.class).setParameter("c", childId).getResultList();
        return rows.stream().map(r -> new Caregiver(r.get("id", UUID.class), r.get("name", String.class),
                Relation.valueOf(r.get("relation", String.class)), r.get("person_id", UUID.class), r.get("contact", String.class),
                SqlValues.instant(r.get("recorded_at")), r.get("recorded_by", String.class), SqlValues.instant(r.get("ended_at")),
                r.get("ended_by", String.class))).toList();
    }

    /** Closes the child's current caregiver (if any) and records the next, as one change. */
    public UUID replaceCaregiver(UUID childId, CaregiverForm form, Instant at, String by) {
        em.createNativeQuery("UPDATE assistance_caregiver SET ended_at = :at, ended_by = :by WHERE child_id = :c AND ended_at IS NULL")
                .setParameter("at", at).setParameter("by", by).setParameter("c", childId).executeUpdate();
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO assistance_caregiver (id, child_id, name, relation, person_id, contact, recorded_at, recorded_by) "
                        + "VALUES (:id, :c, :n, :r, :p, :contact, :at, :by)")
                .setParameter("id", id).setParameter("c", childId).setParameter("n", form.getName().strip())
                .setParameter("r", form.getRelation().name()).setParameter("p", new TypedParameterValue<>(StandardBasicTypes.UUID, form.getPersonId()))
                .setParameter("contact", blankToNull(form.getContact())).setParameter("at", at).setParameter("by", by).executeUpdate();
        return id;
    }

    /** Ends the child's current caregiver without a next one; whether there was one. */
    public boolean endCaregiver(UUID childId, Instant at, String by) {
        return em.createNativeQuery("UPDATE assistance_caregiver SET ended_at = :at, ended_by = :by WHERE child_id = :c AND ended_at IS NULL")
                .setParameter("at", at).setParameter("by", by).setParameter("c", childId).executeUpdate() == 1;
    }

    /** Opens the child's assessment unless one was opened before; whether this call opened it. */
    public boolean openAssessment(UUID childId, RegistryNumber household, Instant openedAt, Instant dueAt) {
        return em.createNativeQuery("INSERT INTO assistance_best_interests (child_id, registry_number, opened_at, due_at) "
                        + "VALUES (:c, :n, :o, :d) ON CONFLICT (child_id) DO NOTHING")
                .setParameter("c", childId).setParameter("n", household.value()).setParameter("o", openedAt).setParameter("d", dueAt)
                .executeUpdate() == 1;
    }

    /** Records the outcome of an open assessment; whether it was open. */
    public boolean assess(UUID childId, AssessmentForm form, Instant at, String by) {
        return em.createNativeQuery("UPDATE assistance_best_interests SET outcome = :o, note = :n, assessed_at = :at, "
                        + "assessed_by = :by, version = version + 1 WHERE child_id = :c AND outcome IS NULL")
                .setParameter("o", form.getOutcome().name()).setParameter("n", blankToNull(form.getNote()))
                .setParameter("at", at).setParameter("by", by).setParameter("c", childId).executeUpdate() == 1;
    }

    /** The camp the household is placed in now (allocated, on its way or checked in), if any: camps' published view. */
    public Optional<String> campOf(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<String> camps = em.createNativeQuery("SELECT camp_code FROM camps_household_placement WHERE household_id = :h")
                .setParameter("h", householdId).setMaxResults(1).getResultList();
        return camps.stream().findFirst();
    }

    private static Child child(Tuple r) {
        UUID caregiverId = r.get("g_id", UUID.class);
        Caregiver caregiver = caregiverId == null ? null : new Caregiver(caregiverId, r.get("g_name", String.class),
                Relation.valueOf(r.get("g_relation", String.class)), r.get("g_person_id", UUID.class), r.get("g_contact", String.class),
                SqlValues.instant(r.get("g_recorded_at")), r.get("g_recorded_by", String.class), null, null);
        Instant openedAt = SqlValues.instant(r.get("b_opened_at"));
        String outcome = r.get("b_outcome", String.class);
        Assessment assessment = openedAt == null ? null : new Assessment(openedAt, SqlValues.instant(r.get("b_due_at")),
                outcome == null ? null : AssessmentOutcome.valueOf(outcome), r.get("b_note", String.class),
                SqlValues.instant(r.get("b_assessed_at")), r.get("b_assessed_by", String.class));
        return new Child(r.get("person_id", UUID.class), r.get("household_id", UUID.class), r.get("registry_number", String.class),
                r.get("site_code", String.class), r.get("need_code", String.class), r.get("given_name", String.class),
                r.get("family_name", String.class), r.get("given_name_latin", String.class), r.get("family_name_latin", String.class),
                SqlValues.date(r.get("birth_date")), String.valueOf(r.get("sex")), caregiver, assessment);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
