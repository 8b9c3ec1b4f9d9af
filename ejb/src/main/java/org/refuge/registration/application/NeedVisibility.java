package org.refuge.registration.application;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;

/**
 * Which specific-need codes the current user may read: the sensitive ones (survivors of violence or torture, serious
 * medical conditions: {@code specific_need.sensitive}) only by medical staff, social workers and caseworkers, who act
 * on them; every other role reads a person's record without them.
 */
@RequestScoped
public class NeedVisibility {

    static final List<String> SEES_SENSITIVE = List.of(Roles.MEDICAL, Roles.SOCIAL_WORKER, Roles.CASEWORKER);

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    private Set<String> sensitive;

    public boolean seesSensitive() {
        return SEES_SENSITIVE.stream().anyMatch(currentUser::hasRole);
    }

    /** The codes of this set the user may read. */
    public Set<String> visible(Set<String> needs) {
        if (needs.isEmpty() || seesSensitive()) {
            return needs;
        }
        Set<String> hidden = sensitive();
        return needs.stream().filter(code -> !hidden.contains(code)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same for a set written as text ("[DS, SV-VA]"), as the history shows it; null stays null. */
    public String visibleText(String needs) {
        if (needs == null || seesSensitive()) {
            return needs;
        }
        String inner = needs.replaceAll("^\\[|\\]$", "");
        Set<String> codes = inner.isBlank() ? Set.of()
                : Arrays.stream(inner.split(",\\s*")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> shown = visible(codes);
        return shown.isEmpty() ? null : shown.toString();
    }

    private Set<String> sensitive() {
        if (sensitive == null) {
            sensitive = Set.copyOf(em.createNativeQuery("SELECT code FROM specific_need WHERE sensitive", String.class).getResultList());
        }
        return sensitive;
    }
}
