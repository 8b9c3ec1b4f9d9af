package org.refuge.registration.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * What the desk of a border crossing point can propose for a household's first member before anyone types: the
 * citizenships, statelessness and languages of the person registered last at the household's BCP within a day. In an
 * influx the families that cross at one point mostly come from the same place and speak the same languages, so the
 * last family at the desk is the best guess; a registrar removes what does not fit (Backspace in the field). Later
 * members of a household take these over from the member before them, not from here.
 *
 * <p>Only the 50 households pre-registered last at the BCP are looked at (the household index by site and time), so
 * the answer costs the same on the busiest day. A registrar reads the defaults of their own BCP only.
 */
@Stateless
public class DeskDefaults {

    /** Nothing to propose: the first family at the desk today, or another BCP's household. */
    public static final Usual NONE = new Usual(List.of(), false, List.of());

    /** How far back the last registered person may lie. */
    static final Duration WINDOW = Duration.ofDays(1);

    private static final String LAST_PERSON = """
            SELECT p.stateless AS stateless,
                   (SELECT string_agg(c.country_code, ',' ORDER BY c.country_code) FROM person_citizenship c
                     WHERE c.person_id = p.id) AS citizenships,
                   (SELECT string_agg(l.language_code, ',' ORDER BY l.language_code) FROM person_language l
                     WHERE l.person_id = p.id) AS languages
              FROM (SELECT id FROM household
                     WHERE site_code = :site AND registered_at > :since AND registry_number <> :number AND status <> 'VOIDED'
                     ORDER BY registered_at DESC LIMIT 50) h
              JOIN person p ON p.household_id = h.id AND p.status = 'REGISTERED'
             ORDER BY p.registered_at DESC
             LIMIT 1""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The proposal: citizenships and languages as codes, in code order. */
    public record Usual(List<String> citizenships, boolean stateless, List<String> languages) {
        public Usual {
            citizenships = List.copyOf(citizenships);
            languages = List.copyOf(languages);
        }
    }

    /**
     * The defaults for the first member of this household: those of the person registered last at its BCP within
     * {@link #WINDOW}, other households only; {@link #NONE} when there is none. Refused for another BCP's household.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public Usual forFirstMemberOf(@NotNull RegistryNumber household) {
        @SuppressWarnings("unchecked")
        List<String> sites = em.createNativeQuery("SELECT site_code FROM household WHERE registry_number = :number")
                .setParameter("number", household.value()).getResultList();
        if (sites.isEmpty()) {
            return NONE;
        }
        currentUser.requireSite(new SiteCode(sites.get(0)));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(LAST_PERSON, Tuple.class).setParameter("site", sites.get(0))
                .setParameter("since", Instant.now().minus(WINDOW))
                .setParameter("number", household.value()).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Usual(codes(r.get("citizenships", String.class)), Boolean.TRUE.equals(r.get("stateless")),
                        codes(r.get("languages", String.class))))
                .orElse(NONE);
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
