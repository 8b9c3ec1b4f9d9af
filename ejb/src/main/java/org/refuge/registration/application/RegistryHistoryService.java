package org.refuge.registration.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.audit.RegistryRevision;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.Person;
import org.refuge.shared.RegistryNumber;
import org.refuge.registration.infrastructure.HouseholdRepository;

/**
 * The history of a household's registry records, read from Hibernate Envers: for the household and every person who
 * was ever its member, each revision with when, who, and which values changed from what to what.
 */
@Stateless
public class RegistryHistoryService {

    /** One change: a record's fields before and after one revision (a new record has no "before"). */
    public record Change(int revision, Instant at, String by, String record, String kind, List<FieldChange> fields) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    private static final Map<String, Function<Household, Object>> HOUSEHOLD_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<Person, Object>> PERSON_FIELDS = new LinkedHashMap<>();

    static {
        HOUSEHOLD_FIELDS.put("status", Household::status);
        HOUSEHOLD_FIELDS.put("headName", Household::headName);
        HOUSEHOLD_FIELDS.put("headNameLatin", Household::headNameLatin);
        HOUSEHOLD_FIELDS.put("size", h -> h.composition().size());
        HOUSEHOLD_FIELDS.put("vehicleOrGroup", Household::vehicleOrGroup);
        HOUSEHOLD_FIELDS.put("visibleNeeds", h -> new java.util.TreeSet<>(h.visibleNeeds()));
        HOUSEHOLD_FIELDS.put("headPhoto", h -> h.headPhotoId() != null);
        HOUSEHOLD_FIELDS.put("voidReason", Household::voidReason);
        PERSON_FIELDS.put("status", Person::status);
        PERSON_FIELDS.put("household", Person::householdId);
        PERSON_FIELDS.put("relationship", Person::relationship);
        PERSON_FIELDS.put("givenName", Person::givenName);
        PERSON_FIELDS.put("familyName", Person::familyName);
        PERSON_FIELDS.put("patronymic", Person::patronymic);
        PERSON_FIELDS.put("givenNameLatin", Person::givenNameLatin);
        PERSON_FIELDS.put("familyNameLatin", Person::familyNameLatin);
        PERSON_FIELDS.put("patronymicLatin", Person::patronymicLatin);
        PERSON_FIELDS.put("sex", Person::sex);
        PERSON_FIELDS.put("birthDate", Person::birthDate);
        PERSON_FIELDS.put("birthPrecision", Person::birthPrecision);
        PERSON_FIELDS.put("birthPlace", Person::birthPlace);
        PERSON_FIELDS.put("citizenships", p -> new java.util.TreeSet<>(p.citizenships()));
        PERSON_FIELDS.put("stateless", Person::stateless);
        PERSON_FIELDS.put("maritalStatus", Person::maritalStatus);
        PERSON_FIELDS.put("languages", p -> new java.util.TreeSet<>(p.languages()));
        PERSON_FIELDS.put("phone", Person::phone);
        PERSON_FIELDS.put("documents", p -> p.documents().stream().map(d -> d.typeCode() + " " + d.number()).toList());
        PERSON_FIELDS.put("needs", p -> new java.util.TreeSet<>(p.needs()));
        PERSON_FIELDS.put("photo", p -> p.photoId() != null);
        PERSON_FIELDS.put("mergedInto", Person::mergedInto);
        PERSON_FIELDS.put("voidReason", Person::voidReason);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    HouseholdRepository households;

    @Inject
    NeedVisibility needVisibility;

    /**
     * One page of the recorded changes of the household and of its present and former members, newest first, with
     * their total. A change is shown only when a field the reader may see changed, which only its diff with the
     * record's previous revision tells: the history is computed whole (one family's records, a few revisions each)
     * and the page cut from it, so that the total is exact.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR})
    public Page<Change> history(@NotNull RegistryNumber number, @NotNull PageRequest request) {
        return Page.slice(changes(number), request);
    }

    private List<Change> changes(RegistryNumber number) {
        Household household = households.find(number).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        audit.record(AuditAction.READ, "Household", number.value(), "history of changes");
        AuditReader reader = AuditReaderFactory.get(em);
        List<Change> changes = new ArrayList<>(changes(reader, Household.class, household.id(), "Household " + number.value(),
                HOUSEHOLD_FIELDS, h -> true));
        @SuppressWarnings("unchecked")
        List<UUID> everMembers = reader.createQuery().forRevisionsOfEntity(Person.class, true, true)
                .add(AuditEntity.property("householdId").eq(household.id()))
                .addProjection(AuditEntity.id().distinct()).getResultList();
        for (UUID person : everMembers.stream().sorted().toList()) { // in a fixed order, so that pages are stable
            Person now = em.find(Person.class, person);
            String label = now == null ? person.toString() : now.givenNameLatin() + " " + now.familyNameLatin();
            // only what happened while the person belonged to this household: later changes at another site are not ours to show
            changes.addAll(changes(reader, Person.class, person, label, PERSON_FIELDS,
                    state -> state == null || household.id().equals(state.householdId())));
        }
        // newest first; a revision that changed several records lists them in a fixed order
        changes.sort(Comparator.comparingInt(Change::revision).reversed().thenComparing(Change::record));
        return changes.stream().map(this::withVisibleNeeds).filter(c -> !c.fields().isEmpty() || "CREATED".equals(c.kind())).toList();
    }

    /** Sensitive specific needs leave the history for the roles that may not read them. */
    private Change withVisibleNeeds(Change change) {
        List<FieldChange> fields = new ArrayList<>();
        for (FieldChange field : change.fields()) {
            if (!"needs".equals(field.field()) && !"visibleNeeds".equals(field.field())) {
                fields.add(field);
                continue;
            }
            String before = needVisibility.visibleText(field.before());
            String after = needVisibility.visibleText(field.after());
            if (!Objects.equals(before, after)) {
                fields.add(new FieldChange(field.field(), before, after));
            }
        }
        return new Change(change.revision(), change.at(), change.by(), change.record(), change.kind(), fields);
    }

    private static <T> List<Change> changes(AuditReader reader, Class<T> type, UUID id, String label, Map<String, Function<T, Object>> fields,
                                            java.util.function.Predicate<T> shown) {
        List<Change> changes = new ArrayList<>();
        T before = null;
        for (Number revision : reader.getRevisions(type, id)) {
            T after = reader.find(type, id, revision);
            if (!shown.test(after)) {
                continue;
            }
            RegistryRevision rev = reader.findRevision(RegistryRevision.class, revision);
            List<FieldChange> changed = new ArrayList<>();
            for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
                Object old = before == null ? null : field.getValue().apply(before);
                Object now = after == null ? null : field.getValue().apply(after);
                if (!Objects.equals(text(old), text(now))) {
                    changed.add(new FieldChange(field.getKey(), text(old), text(now)));
                }
            }
            changes.add(new Change(revision.intValue(), rev.changedAt(), rev.changedBy(), label,
                    before == null ? "CREATED" : "CHANGED", changed));
            before = after;
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.isEmpty() || "[]".equals(text) ? null : text;
    }
}
