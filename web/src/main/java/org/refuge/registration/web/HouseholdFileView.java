package org.refuge.registration.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.platform.web.RefusalMessages;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentService.MemberClock;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.HouseholdView.TimelineEntry;
import org.refuge.registration.application.PersonSearchService;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.application.RegistryHistoryService;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.screening.application.ScreeningService;
import org.refuge.screening.application.ScreeningViews.Summary;

/** The household file, found by registry number ({@code ?number=}); each opening is audited by the service. */
@Named
@ViewScoped
public class HouseholdFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Search results shown at once; the screen says how many more there are (narrow the search to see them). */
    private static final int SEARCH_PAGE = 50;

    @Inject
    RegistrationService registration;

    @Inject
    Messages messages;

    @Inject
    ScreeningService screening;

    private String number;
    private HouseholdFile file;
    private Summary screeningSummary;
    private Page<HouseholdView> matches;
    private String voidReason;
    /** The file's history and timeline as lazy tables, each page one query, their paginators show the totals. */
    private PagedList<RegistryHistoryService.Change> history;
    private PagedList<TimelineEntry> timeline;

    @Inject
    RegistryHistoryService historyService;
    private java.time.LocalDate birthDate;
    private String document;
    private Page<PersonView> people;

    @Inject
    PersonSearchService persons;

    @Inject
    org.refuge.platform.web.FormErrors formErrors;

    @Inject
    DocumentService documents;

    /** Each member's three-day clock, read when its tab is opened; never kept across a passivation. */
    private transient List<MemberClock> clock;
    /** Bundle key of why the clock could not be read (role, site), shown in its tab instead. */
    private transient String clockRefusal;

    /**
     * View action and search button: a registry number opens its file; anything else is searched as a name in any
     * script, and the matches are listed.
     */
    public void load() {
        file = null;
        history = null;
        timeline = null;
        clock = null;
        clockRefusal = null;
        screeningSummary = null;
        matches = null;
        people = null;
        if ((number == null || number.isBlank()) && (birthDate != null || (document != null && !document.isBlank()))) {
            searchPersons(null);
            return;
        }
        if (number == null || number.isBlank()) {
            return;
        }
        RegistryNumber registryNumber;
        try {
            registryNumber = RegistryNumber.parse(number);
        } catch (IllegalArgumentException notANumber) {
            searchByName();
            return;
        }
        try {
            file = registration.file(registryNumber);
            screeningSummary = screening.summary(registryNumber);
            String shown = registryNumber.value(); // the tables' readers keep a string: they are passivated with the view
            history = new PagedList<>(request -> historyService.history(RegistryNumber.parse(shown), request), HouseholdFileView::changeKey);
            timeline = new PagedList<>(request -> registration.timeline(RegistryNumber.parse(shown), request), t -> t.at() + " " + t.what());
        } catch (Refusal e) {
            if (e.is(Refusal.Kind.NOT_FOUND, RegistryFacts.UNKNOWN_HOUSEHOLD)) {
                messages.fieldError("find-form:number", "household.notFound");
            } else if (e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                messages.fieldError("find-form:number", "household.otherSite");
            } else {
                throw e;
            }
        }
    }

    private void searchByName() {
        if (number.strip().length() < 2) {
            messages.fieldError("find-form:number", "household.notFound");
            return;
        }
        if (birthDate == null && (document == null || document.isBlank())) {
            matches = registration.searchByName(number.strip(), PageRequest.firstRows(SEARCH_PAGE));
        }
        searchPersons(number.strip());
    }

    /** Persons by name (any script), birth date and document number together. */
    private void searchPersons(String name) {
        try {
            people = persons.search(name, birthDate, document, PageRequest.firstRows(SEARCH_PAGE));
        } catch (jakarta.ejb.EJBException e) {
            if (!formErrors.show(e, java.util.Map.of("document", "find-form:document", "name", "find-form:number"))) {
                throw e;
            }
            return;
        }
        if (people.items().isEmpty() && (matches == null || matches.items().isEmpty())) {
            messages.fieldError("find-form:number", "household.noMatch");
        }
    }

    /** Voids the household shown, with the reason typed in the dialog. */
    public void voidHousehold() {
        RefusalMessages.at(java.util.Map.of("reason", "void-form:reason"));
        try {
            registration.voidHousehold(RegistryNumber.parse(file.household().registryNumber()), voidReason);
            messages.info("household.voided", file.household().registryNumber());
            voidReason = null;
            load();
        } catch (jakarta.ejb.EJBException e) {
            if (!formErrors.show(e, java.util.Map.of("reason", "void-form:reason"))) {
                throw e;
            }
        }
    }

    /** The household's history of changes, for the roles that may read it; read a page at a time when its tab is shown. */
    public PagedList<RegistryHistoryService.Change> getHistory() {
        return history;
    }

    /** The household's timeline, newest first, read a page at a time when its tab is shown. */
    public PagedList<TimelineEntry> getTimeline() {
        return timeline;
    }

    /** "50 of 230 shown" under a search result that holds more than the screen shows, empty otherwise. */
    public String more(Page<?> found) {
        if (found == null || !found.hasMore()) {
            return null;
        }
        return messages.text(found.totalIsAtLeast() ? "household.search.moreAtLeast" : "household.search.more",
                found.items().size(), found.total());
    }

    private static String changeKey(RegistryHistoryService.Change change) {
        return change.revision() + " " + change.record();
    }

    /**
     * The three-day clock of the household's members (identity documents within three days of registration), for
     * the roles that may read it; loaded when the tab is opened. A refusal is shown in the tab, the file stays.
     */
    public List<MemberClock> getClock() {
        if (clock == null && clockRefusal == null && file != null) {
            try {
                clock = documents.clock(RegistryNumber.parse(file.household().registryNumber()));
            } catch (jakarta.ejb.EJBAccessException e) {
                clockRefusal = "household.clock.notAllowed";
            } catch (Refusal e) {
                if (e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                    clockRefusal = "household.otherSite";
                } else if (e.is(Refusal.Kind.NOT_FOUND, RegistryFacts.UNKNOWN_HOUSEHOLD)) {
                    clockRefusal = "household.notFound";
                } else {
                    throw e;
                }
            }
        }
        return clock == null ? List.of() : clock;
    }

    public String getClockRefusal() {
        getClock();   // the refusal is known once the clock was asked for
        return clockRefusal;
    }

    /**
     * ONTIME or LATE once the member's document was handed over (against the deadline), AWAITED while a protected
     * member still waits for it, NONE for a member without protection running and no document handed over.
     */
    public String clockState(MemberClock member) {
        if (member == null) {
            return "NONE";
        }
        if (member.onTime() != null) {
            return member.onTime() ? "ONTIME" : "LATE";
        }
        return "GRANTED".equals(member.protection()) || "EXTENDED".equals(member.protection()) ? "AWAITED" : "NONE";
    }

    public java.time.LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(java.time.LocalDate birthDate) { this.birthDate = birthDate; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public List<PersonView> getPeople() { return people == null ? null : people.items(); }
    /** The persons found, when the search found more than it shows: the screen says how many. */
    public Page<PersonView> getPeoplePage() { return people; }
    public Page<HouseholdView> getMatchesPage() { return matches; }
    public String getVoidReason() { return voidReason; }
    public void setVoidReason(String voidReason) { this.voidReason = voidReason; }
    public List<HouseholdView> getMatches() { return matches == null ? null : matches.items(); }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public HouseholdFile getFile() { return file; }

    /** The open file's registry number, as the kernel's type (for the actions other contexts offer on the page). */
    public RegistryNumber getRegistryNumber() {
        return file == null ? null : RegistryNumber.parse(file.household().registryNumber());
    }
    public Summary getScreeningSummary() { return screeningSummary; }
}
