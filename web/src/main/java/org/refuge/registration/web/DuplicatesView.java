package org.refuge.registration.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.registration.application.DuplicateQueueService;
import org.refuge.registration.application.PersonViews.DuplicateView;
import org.refuge.registration.domain.MatchStatus;

/**
 * The caseworkers' queue of possible duplicates left open at the desk, oldest first, a page at a time with the total,
 * with a decision per match.
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateQueueService queue;

    @Inject
    Messages messages;

    /** The queue as a lazy table: each page is one query, the paginator shows how many matches wait in all. */
    private final PagedList<DuplicateView> open = new PagedList<>(request -> queue.openDuplicates(null, request),
            d -> d.id().toString());

    public PagedList<DuplicateView> getOpen() {
        return open;
    }

    public void same(UUID match) {
        decide(match, MatchStatus.SAME);
    }

    public void different(UUID match) {
        decide(match, MatchStatus.DIFFERENT);
    }

    private void decide(UUID match, MatchStatus decision) {
        queue.decide(match, decision);
        messages.info("duplicate.decided." + decision.name());
    }
}
