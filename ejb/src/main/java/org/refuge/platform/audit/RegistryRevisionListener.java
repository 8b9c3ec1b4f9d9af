package org.refuge.platform.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;

import org.hibernate.envers.RevisionListener;

import org.refuge.platform.security.CurrentUser;

/** Stamps each revision with the signed-in user, or "system" for work without a user (timers, migrations). */
public class RegistryRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        String user;
        try {
            user = CDI.current().select(CurrentUser.class).get().username();
        } catch (ContextNotActiveException | IllegalStateException noUser) {
            user = null;
        }
        ((RegistryRevision) revision).changedBy(user == null || user.isBlank() ? "system" : user);
    }
}
