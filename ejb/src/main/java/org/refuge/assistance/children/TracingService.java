package org.refuge.assistance.children;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.refuge.assistance.children.ChildViews.Match;
import org.refuge.assistance.children.ChildViews.TracingRequest;
import org.refuge.assistance.children.TracingRecords.Request;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RelativeSearch;
import org.refuge.registration.application.RelativeSearch.Candidate;
import org.refuge.shared.PersonId;
import org.refuge.shared.SiteCode;

/**
 * Family tracing (UNHCR FU-TR): a social worker asks for a relative of a registered person in their scope (usually an
 * unaccompanied or separated child), naming the relative in any script, an approximate birth year and the relation.
 * Refuge proposes registered persons of every site whose name is like it (registration's {@link RelativeSearch}: the
 * duplicate check's transliterated keys) and born within the tolerance; the social worker confirms one (the request is
 * then found, and the relative may become the child's caregiver) or rejects proposals. The search is nationwide
 * because families cross at different border points; a proposal shows only what a confirmation needs.
 */
@Stateless
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class TracingService {

    /** Proposals kept per search. */
    static final int PROPOSALS = 20;

    /** Years either side of the birth year searched when none is given. */
    static final int DEFAULT_TOLERANCE = 3;

    @Inject
    TracingRecords records;

    @Inject
    ChildRecords children;

    @Inject
    RelativeSearch search;

    @Inject
    ChildScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Opens a request for the relative of a person in the caller's scope and proposes the first matches. */
    public TracingRequest open(@NotNull @Valid TracingForm form) {
        TracingRecords.Member member = records.member(new PersonId(form.getPersonId()))
                .orElseThrow(() -> Refusal.invalid("personId", "refuge.tracing.person"));
        scope.requireReadable(member.householdId(), new SiteCode(member.siteCode()));
        int tolerance = form.getYearTolerance() == null ? DEFAULT_TOLERANCE : form.getYearTolerance();
        Instant now = Instant.now(clock);
        UUID id = records.open(member, form, tolerance, now, currentUser.username());
        audit.record(AuditAction.CREATE, "TracingRequest", id.toString(), "family tracing request");
        Request request = records.request(id, false).orElseThrow();
        propose(request, now);
        return view(request);
    }

    /** Searches the registry again (relatives registered since), adding proposals not made before. 409 once closed. */
    public TracingRequest searchAgain(@NotNull UUID requestId) {
        Request request = readable(requestId, true);
        if (!"OPEN".equals(request.status())) {
            throw Refusal.conflict("refuge.tracing.notOpen").with("rule", "tracingNotOpen");
        }
        propose(request, Instant.now(clock));
        return view(request);
    }

    public TracingRequest request(@NotNull UUID requestId) {
        Request request = readable(requestId, false);
        audit.record(AuditAction.READ, "TracingRequest", requestId.toString(), "family tracing request");
        return view(request);
    }

    /** One page of the requests in the caller's scope, open ones first; only those of {@code status} when given. */
    public Page<TracingRequest> requests(@Pattern(regexp = "^(OPEN|FOUND|CLOSED)?$", message = "{refuge.tracing.status}") String status,
                                         @NotNull PageRequest request) {
        String typed = status == null || status.isBlank() ? null : status;
        return records.requests(scope.condition("t"), scope.parameters(), typed, request).map(r -> view(r, List.of()));
    }

    /**
     * Confirms a proposed match: the request is found. When {@code asCaregiver} and the request is about an
     * unaccompanied or separated child, the relative becomes the child's caregiver (the caregiver arrangement).
     * 409 when the request is not open or the person was not proposed (or decided already).
     */
    public TracingRequest confirm(@NotNull UUID requestId, @NotNull PersonId relative, boolean asCaregiver) {
        Request request = readable(requestId, true);
        decide(request, relative, "CONFIRMED");
        records.status(requestId, "FOUND");
        if (asCaregiver) {
            if (children.child(new PersonId(request.personId())).isEmpty()) {
                throw Refusal.conflict("refuge.tracing.notAChild").with("rule", "notAChild");
            }
            Candidate found = search.persons(List.of(relative.value())).get(0);
            CaregiverForm caregiver = new CaregiverForm(found.givenName() + " " + found.familyName(), request.relation(),
                    relative, null);
            children.replaceCaregiver(request.personId(), caregiver, Instant.now(clock), currentUser.username());
            audit.record(AuditAction.UPDATE, "Child", request.personId().toString(), "caregiver recorded from family tracing");
        }
        audit.record(AuditAction.DECIDE, "TracingRequest", requestId.toString(), "tracing match confirmed");
        return view(records.request(requestId, false).orElseThrow());
    }

    /** Rejects a proposed match: it is not proposed again. 409 when not proposed or decided already. */
    public TracingRequest reject(@NotNull UUID requestId, @NotNull PersonId relative) {
        Request request = readable(requestId, true);
        decide(request, relative, "REJECTED");
        audit.record(AuditAction.DECIDE, "TracingRequest", requestId.toString(), "tracing match rejected");
        return view(request);
    }

    /** Closes an open request without a match (the relative is not in the registry, or tracing goes on elsewhere). */
    public TracingRequest close(@NotNull UUID requestId) {
        Request request = readable(requestId, true);
        if (!"OPEN".equals(request.status())) {
            throw Refusal.conflict("refuge.tracing.notOpen").with("rule", "tracingNotOpen");
        }
        records.status(requestId, "CLOSED");
        audit.record(AuditAction.UPDATE, "TracingRequest", requestId.toString(), "tracing request closed");
        return view(records.request(requestId, false).orElseThrow());
    }

    private void decide(Request request, PersonId relative, String status) {
        if (!"OPEN".equals(request.status())) {
            throw Refusal.conflict("refuge.tracing.notOpen").with("rule", "tracingNotOpen");
        }
        if (!records.decide(request.id(), relative, status, Instant.now(clock), currentUser.username())) {
            throw Refusal.conflict("refuge.tracing.notProposed").with("rule", "notProposed");
        }
    }

    private void propose(Request request, Instant now) {
        Integer from = request.birthYear() == null ? null : request.birthYear() - request.yearTolerance();
        Integer to = request.birthYear() == null ? null : request.birthYear() + request.yearTolerance();
        for (Candidate candidate : search.similar(request.soughtName(), from, to, request.personId(), PROPOSALS)) {
            records.propose(request.id(), new PersonId(candidate.personId()), candidate.similarity(), now);
        }
        audit.record(AuditAction.SEARCH, "Person", null, "family tracing search");
    }

    private Request readable(UUID requestId, boolean lock) {
        Request request = records.request(requestId, lock).orElseThrow(() -> Refusal.notFound("refuge.tracing.unknown"));
        scope.requireReadable(request.householdId(), new SiteCode(request.siteCode()));
        return request;
    }

    private TracingRequest view(Request request) {
        List<TracingRecords.StoredMatch> stored = records.matches(request.id());
        Map<UUID, Candidate> persons = new HashMap<>();
        search.persons(stored.stream().map(TracingRecords.StoredMatch::personId).toList()).forEach(c -> persons.put(c.personId(), c));
        List<Match> matches = stored.stream().filter(m -> persons.containsKey(m.personId())).map(m -> {
            Candidate c = persons.get(m.personId());
            return new Match(c.personId(), c.registryNumber(), c.siteCode(), c.givenName(), c.familyName(), c.givenNameLatin(),
                    c.familyNameLatin(), c.birthDate(), c.sex(), m.similarity(), m.status(), m.decidedAt(), m.decidedBy());
        }).toList();
        return view(request, matches);
    }

    private static TracingRequest view(Request r, List<Match> matches) {
        return new TracingRequest(r.id(), r.personId(), r.registryNumber(), r.siteCode(), r.soughtName(), r.birthYear(),
                r.yearTolerance(), r.relation(), r.status(), r.openedAt(), r.openedBy(), matches);
    }
}
