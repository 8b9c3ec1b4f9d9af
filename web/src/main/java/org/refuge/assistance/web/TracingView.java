package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.children.ChildViews.Match;
import org.refuge.assistance.children.ChildViews.TracingRequest;
import org.refuge.assistance.children.Relation;
import org.refuge.assistance.children.TracingForm;
import org.refuge.assistance.children.TracingService;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.shared.PersonId;

/**
 * Family tracing (assistance/tracing.xhtml): a new request for a relative of a person ({@code ?person=} from the
 * child's file), the requests in the social worker's scope (paged), and one request's proposed matches to confirm
 * (optionally as the child's caregiver) or reject.
 */
@Named
@ViewScoped
public class TracingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TracingService tracing;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    private String person;   // <f:viewParam name="person">
    private TracingForm form = new TracingForm();
    private TracingRequest selected;
    private final PagedList<TracingRequest> requests = new PagedList<>(request -> tracing.requests(null, request),
            r -> r.id().toString());

    public void load() {
        if (person != null && !person.isBlank()) {
            setPersonText(person);
        }
    }

    public void open() {
        changes.call(() -> tracing.open(form), Map.of("personId", "tracing-form:person", "soughtName", "tracing-form:sought-name",
                "birthYear", "tracing-form:birth-year", "yearTolerance", "tracing-form:tolerance", "relation",
                "tracing-form:relation"), "tracing-form:sought-name").ifPresent(r -> {
                    selected = r;
                    messages.info("tracing.opened", r.matches().size());
                });
    }

    public void select(TracingRequest request) {
        selected = tracing.request(request.id());
    }

    public void confirm(Match match, boolean asCaregiver) {
        decide(() -> tracing.confirm(selected.id(), new PersonId(match.personId()), asCaregiver), "tracing.confirmed");
    }

    public void reject(Match match) {
        decide(() -> tracing.reject(selected.id(), new PersonId(match.personId())), "tracing.rejected");
    }

    public void searchAgain() {
        decide(() -> tracing.searchAgain(selected.id()), "tracing.searched");
    }

    private void decide(java.util.function.Supplier<TracingRequest> step, String doneKey) {
        changes.call(step, Map.of(), "matches-form:matches").ifPresent(r -> {
            selected = r;
            messages.info(doneKey);
        });
    }

    public boolean isOpen() {
        return selected != null && "OPEN".equals(selected.status());
    }

    public List<Relation> getRelations() {
        return List.of(Relation.values());
    }

    public String getPersonText() {
        return form.getPersonId() == null ? "" : form.getPersonId().toString();
    }

    public void setPersonText(String text) {
        try {
            form.setPersonId(text == null || text.isBlank() ? null : UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            form.setPersonId(null);
        }
    }

    public PagedList<TracingRequest> getRequests() { return requests; }
    public TracingForm getForm() { return form; }
    public TracingRequest getSelected() { return selected; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
}
