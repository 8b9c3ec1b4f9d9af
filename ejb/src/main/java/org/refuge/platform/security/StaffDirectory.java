package org.refuge.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.persistence.SqlValues;
import org.refuge.shared.SiteCode;

/**
 * The staff Refuge has seen (table {@code staff_member}): each user's realm roles and sites as their last verified token
 * said. Keycloak holds the accounts; Refuge asks it nothing (that would need an administrator's credentials), so a
 * person is known from their first request, and a change of roles counts from their next one. Supervisors read it to
 * give a task to someone who may work on it.
 */
@Stateless
public class StaffDirectory {

    /** A site code as the registry writes it: what the array literals below may hold (anything else is left out). */
    private static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @PersistenceContext
    EntityManager em;

    /**
     * Writes what the token of a request says of its user (the web layer calls it when that differs from what it wrote
     * last, see {@link StaffSightings}). Roles are Refuge's ({@link Roles#ALL}); a site claim that is not a site code
     * is left out.
     */
    @PermitAll
    public void record(String username, Collection<String> roles, Collection<String> sites) {
        em.createNativeQuery("INSERT INTO staff_member (username, roles, sites, seen_at) "
                        + "VALUES (?1, CAST(?2 AS text[]), CAST(?3 AS text[]), now()) ON CONFLICT (username) DO UPDATE "
                        + "SET roles = excluded.roles, sites = excluded.sites, seen_at = excluded.seen_at")
                .setParameter(1, username).setParameter(2, array(refugeRoles(roles))).setParameter(3, array(siteCodes(sites)))
                .executeUpdate();
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public Optional<StaffMember> find(String username) {
        List<?> rows = em.createNativeQuery("SELECT username, array_to_string(roles, ','), array_to_string(sites, ','), seen_at "
                + "FROM staff_member WHERE username = ?1").setParameter(1, username).getResultList();
        return rows.stream().map(row -> member((Object[]) row)).findFirst();
    }

    /**
     * At most {@code max} people, by user name, who may work on a task offered to these roles at this site (null: a task
     * of no site), by the rule of {@link StaffMember#rolesFor}.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<StaffMember> holding(Collection<String> offeredTo, SiteCode site, int max) {
        List<String> everywhere = offeredTo.stream().filter(Roles.ALL_SITES::contains).toList();
        List<String> atSites = offeredTo.stream().filter(role -> !Roles.ALL_SITES.contains(role)).toList();
        List<?> rows = em.createNativeQuery("SELECT username, array_to_string(roles, ','), array_to_string(sites, ','), seen_at "
                        + "FROM staff_member WHERE roles && CAST(?1 AS text[]) OR (roles && CAST(?2 AS text[]) "
                        + "AND (?3 = '' OR ?3 = ANY (sites))) ORDER BY username LIMIT ?4")
                .setParameter(1, array(refugeRoles(everywhere))).setParameter(2, array(refugeRoles(atSites)))
                .setParameter(3, site == null ? "" : site.value()).setParameter(4, max).getResultList();
        return rows.stream().map(row -> member((Object[]) row)).toList();
    }

    private static StaffMember member(Object[] row) {
        return new StaffMember((String) row[0], split((String) row[1]), new TreeSet<>(split((String) row[2])),
                SqlValues.instant(row[3]));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static List<String> refugeRoles(Collection<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).toList();
    }

    static Set<String> siteCodes(Collection<String> sites) {
        Set<String> codes = new TreeSet<>();
        sites.stream().filter(site -> site != null && SITE_CODE.matcher(site).matches()).forEach(codes::add);
        return codes;
    }

    /** A PostgreSQL array literal of values that need no quoting (role names, site codes). */
    private static String array(Collection<String> values) {
        return "{" + String.join(",", new ArrayList<>(values)) + "}";
    }
}
