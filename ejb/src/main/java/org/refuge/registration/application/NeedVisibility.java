package org.refuge.registration.application;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.SensitiveCodes;
import org.refuge.platform.security.Sensitivity;

/**
 * Which specific-need codes the current user may read ({@link Sensitivity#SENSITIVE_NEEDS}): the sensitive ones
 * ({@code specific_need.sensitive}: survivors of violence or torture, serious medical conditions) only in the roles
 * the policy names; every other role reads a person's record without them. Also registration's answer to the
 * platform's {@link SensitiveCodes} port.
 */
@RequestScoped
public class NeedVisibility implements SensitiveCodes {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    private Set<String> sensitive;

    public boolean seesSensitive() {
        return currentUser.redaction(this::sensitiveNeedCodes).mayRead(Sensitivity.SENSITIVE_NEEDS);
    }

    /** The codes of this set the user may read. */
    public Set<String> visible(Set<String> needs) {
        return currentUser.redaction(this::sensitiveNeedCodes).visibleNeeds(needs);
    }

    /** The same for a set written as text ("[DS, SV-VA]"), as the history shows it; null stays null. */
    public String visibleText(String needs) {
        if (needs == null || seesSensitive()) {
            return needs;
        }
        String inner = needs.replaceAll("^\\[|\\]$", "");
        Set<String> codes = inner.isBlank() ? Set.of()
                : Arrays.stream(inner.split(",\\s*")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> shown = new TreeSet<>(visible(codes));
        return shown.isEmpty() ? null : shown.toString();
    }

    /** Whether any of these codes is sensitive (such codes are never recorded at the pre-registration desk). */
    public boolean anySensitive(java.util.Collection<String> codes) {
        return codes.stream().anyMatch(sensitiveNeedCodes()::contains);
    }

    @Override
    public Set<String> sensitiveNeedCodes() {
        if (sensitive == null) {
            sensitive = Set.copyOf(em.createNativeQuery("SELECT code FROM specific_need WHERE sensitive", String.class).getResultList());
        }
        return sensitive;
    }
}
