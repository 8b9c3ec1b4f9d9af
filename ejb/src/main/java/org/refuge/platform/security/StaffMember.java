package org.refuge.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.refuge.shared.SiteCode;

/**
 * A member of staff as Refuge last saw them: their realm roles and the sites of their token ({@link StaffDirectory}).
 *
 * @param seenAt when their roles or sites were last written (the first request with these)
 */
public record StaffMember(String username, List<String> roles, Set<String> sites, Instant seenAt) {

    public StaffMember {
        roles = List.copyOf(roles);
        sites = Set.copyOf(sites);
    }

    /**
     * The roles of {@code offeredTo} in which this person may work on a task of that site: a role that sees every site
     * anywhere; a site-bound role at one of their sites, or anywhere for a task of no site (national processes reach
     * the role's staff everywhere, as the inboxes show them). The same rule as the inboxes', so a task is only given to
     * someone whose inbox shows it.
     */
    public List<String> rolesFor(Collection<String> offeredTo, SiteCode site) {
        return roles.stream().filter(offeredTo::contains)
                .filter(role -> Roles.ALL_SITES.contains(role) || site == null || sites.contains(site.value())).toList();
    }

    /** Whether this person holds one of these roles at all, whatever the site. */
    public boolean holdsAny(Collection<String> offeredTo) {
        return roles.stream().anyMatch(offeredTo::contains);
    }
}
