package org.refuge.registration.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.registration.application.PersonService;
import org.refuge.registration.application.PersonViews.DuplicateView;
import org.refuge.registration.application.RegistrationRefusedException;
import org.refuge.registration.domain.MatchStatus;

/** The caseworkers' queue of possible duplicates left open at the desk, oldest first, with a decision per match. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonService persons;

    @Inject
    Messages messages;

    private List<DuplicateView> open;

    public List<DuplicateView> getOpen() {
        if (open == null) {
            open = persons.openDuplicates(null, 200);
        }
        return open;
    }

    public void same(UUID match) {
        decide(match, MatchStatus.SAME);
    }

    public void different(UUID match) {
        decide(match, MatchStatus.DIFFERENT);
    }

    private void decide(UUID match, MatchStatus decision) {
        try {
            persons.decide(match, decision);
            messages.info("duplicate.decided." + decision.name());
        } catch (RegistrationRefusedException e) {
            messages.refusal(null, e.messageKey(), e.arguments());
        }
        open = null;
    }
}
