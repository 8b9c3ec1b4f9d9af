package org.refuge.registration.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.CaptureEvent;
import org.primefaces.event.FileUploadEvent;

import org.refuge.shared.RegistryNumber;
import org.refuge.shared.PersonId;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.RefusalMessages;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PersonPhotos;
import org.refuge.registration.application.PersonService;
import org.refuge.registration.application.PersonViews.CandidateView;
import org.refuge.registration.application.PersonViews.MemberResult;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.application.PortraitDecoder;
import org.refuge.registration.application.DeskDefaults;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.MaritalStatus;
import org.refuge.registration.domain.MatchStatus;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.PortraitBusyException;
import org.refuge.registration.domain.Relationship;
import org.refuge.registration.domain.Sex;
import org.refuge.registration.domain.Transliteration;

/**
 * Individual registration of a pre-registered household's members ({@code ?number=}), one after another without the
 * mouse: each new member's form carries over what the family shares ({@link NextMember}), so the registrar types the
 * given name, picks the sex and types the date of birth, and the relationship to the head follows that date until they
 * choose one; Latin spellings are proposed as the names are typed; possible duplicates among all registered persons
 * appear while typing, and the registrar answers "same person" or "different" for each. The portrait (upload or
 * webcam) is checked and cropped when it arrives and attached when the member is saved. After each save the page says
 * where the focus goes ({@link #getFocus()}): the next member's given name, the first field in error, or the way to
 * the next household once the family is complete.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form fields by property name, for the services' messages. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("relationship", "member-form:relationship"),
            Map.entry("givenName", "member-form:given"), Map.entry("familyName", "member-form:family"),
            Map.entry("patronymic", "member-form:patronymic"), Map.entry("givenNameLatin", "member-form:given-latin"),
            Map.entry("familyNameLatin", "member-form:family-latin"), Map.entry("patronymicLatin", "member-form:patronymic-latin"),
            Map.entry("sex", "member-form:sex"), Map.entry("birthDate", "member-form:birth"),
            Map.entry("birthPrecision", "member-form:precision"), Map.entry("birthPlace", "member-form:birth-place"),
            Map.entry("citizenships", "member-form:citizenships"), Map.entry("statelessWithoutCitizenship", "member-form:citizenships"),
            Map.entry("languages", "member-form:languages"), Map.entry("phone", "member-form:phone"),
            Map.entry("documents", "member-form:document-number"), Map.entry("number", "member-form:document-number"),
            Map.entry("typeCode", "member-form:document-type"), Map.entry("complete", "member-form:document-number"),
            Map.entry("issuingCountry", "member-form:document-country"), Map.entry("needs", "member-form:needs"),
            Map.entry("decisions", "member-form:duplicates"));

    @Inject
    RegistrationService registration;

    @Inject
    PersonService persons;

    @Inject
    PersonPhotos photos;

    @Inject
    DeskDefaults desk;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    @Inject
    PortraitDecoder portraits;

    private RegistryNumber number;
    private HouseholdFile file;
    private MemberForm form;
    private String idempotencyKey;
    private List<CandidateView> candidates = List.of();
    /** How many less likely candidates a caseworker will see once the member is registered (the desk is not asked). */
    private int reviewCount;
    /** Candidate person id (as text, for the select buttons) → SAME, DIFFERENT or empty. */
    private Map<String, String> answers = new HashMap<>();
    /** The Latin spellings last proposed per name field, to tell them from what the registrar typed. */
    private Map<String, String> proposals = new HashMap<>();
    private final PendingPhoto photo = new PendingPhoto();
    private MemberResult last;
    /** The relationship proposed for this member: it follows the date of birth while the form still shows it. */
    private Relationship proposedRelationship;
    /** The client id the page focuses after this request, or null to leave the focus where it is. */
    private String focus;

    /** View action: loads the household and prepares the form for its next member. */
    public void load() {
        file = null;
        if (number == null) {
            return;
        }
        try {
            file = registration.file(number);
            if (form == null) {
                startNextMember(null);
            }
        } catch (Refusal e) {
            if (e.is(Refusal.Kind.NOT_FOUND, RegistryFacts.UNKNOWN_HOUSEHOLD)) {
                messages.error("household.notFound");
            } else if (e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                messages.error("household.otherSite");
            } else {
                throw e;
            }
        }
    }

    /** Registers the member in the form, attaches the pending portrait and starts the next member. */
    public void save() {
        MemberForm submitted = form;
        submitted.setDecisions(decisions());
        followBirthDate();
        try {
            RefusalMessages.at(FIELDS);
            last = persons.registerMember(registryNumber(), submitted, idempotencyKey);
        } catch (EJBException e) {
            if (!formErrors.show(e, FIELDS)) {
                throw e;
            }
            focus = FocusOrder.firstInError(FacesContext.getCurrentInstance());
            return;
        }
        if (photo.present() && !last.linkedExisting()) {
            photos.attachPhoto(PersonId.of(last.person().id()), photo.image(), photo.source());
        }
        PersonView person = last.person();
        messages.info(last.linkedExisting() ? "members.linked" : "members.registered", person.fullName(),
                last.registeredMembers(), last.expectedMembers());
        if (last.openMatches() > 0) {
            messages.info("members.openMatches", last.openMatches());
        }
        file = registration.file(registryNumber());
        startNextMember(submitted);
        focus = isComplete() ? FocusOrder.NEXT_HOUSEHOLD : FocusOrder.FIRST_FIELD;
    }

    /** The date of birth changed: the proposed relationship follows it, and possible duplicates are looked for. */
    public void birthChanged() {
        followBirthDate();
        checkDuplicates();
    }

    /** While the form shows the proposed relationship, it becomes the one the date of birth suggests. */
    private void followBirthDate() {
        if (form.getRelationship() != null && form.getRelationship() == proposedRelationship) {
            proposedRelationship = NextMember.relationship(file.members(), form.getBirthDate());
            form.setRelationship(proposedRelationship);
        }
    }

    /**
     * Proposes Latin spellings for the names typed so far. A Latin field the registrar typed stays; one that still
     * holds an earlier proposal follows the name.
     */
    public void proposeLatin() {
        form.setGivenNameLatin(propose("given", form.getGivenName(), form.getGivenNameLatin()));
        form.setFamilyNameLatin(propose("family", form.getFamilyName(), form.getFamilyNameLatin()));
        form.setPatronymicLatin(propose("patronymic", form.getPatronymic(), form.getPatronymicLatin()));
    }

    private String propose(String field, String original, String latin) {
        String earlier = proposals.get(field);
        if (!blank(latin) && !latin.equals(earlier)) {
            return latin;
        }
        String proposal = blank(original) ? null : Transliteration.toLatin(original);
        proposals.put(field, proposal);
        return proposal;
    }

    /** Names, birth date or a document number changed: looks for possible duplicates again. */
    public void checkDuplicates() {
        proposeLatin();
        if (file == null || (blank(form.getGivenName()) && blank(form.getFamilyName()) && form.getDocuments().stream()
                .allMatch(d -> blank(d.getNumber())))) {
            candidates = List.of();
            reviewCount = 0;
            return;
        }
        List<CandidateView> found = persons.possibleDuplicates(registryNumber(), form);
        // the desk is asked about the likely ones; the others go to a caseworker when the member is registered
        candidates = found.stream().filter(CandidateView::asked).toList();
        reviewCount = found.size() - candidates.size();
        answers.keySet().retainAll(candidates.stream().map(c -> c.personId().toString()).toList());
    }

    public void upload(FileUploadEvent event) {
        accept(event.getFile().getContent(), Photo.Source.UPLOAD);
    }

    public void capture(CaptureEvent event) {
        accept(event.getData(), Photo.Source.CAMERA);
    }

    private void accept(byte[] image, Photo.Source source) {
        RefusalMessages.at(Map.of("photo", "member-form:photo"));
        try {
            photo.accept(portraits, image, source); // refused here, while the registrar is still at this member
        } catch (PortraitBusyException e) {
            messages.refusal("member-form:photo", e.messageKey());
        }
    }

    private RegistryNumber registryNumber() {
        return new RegistryNumber(file.household().registryNumber());
    }

    /** Adds a row for another document (at most five) and puts the focus on its type. */
    public void addDocument() {
        if (form.getDocuments().size() < 5) {
            form.getDocuments().add(new MemberForm.DocumentForm());
        }
        focus = "member-form:docs:" + (form.getDocuments().size() - 1) + ":document-type";
    }

    private void startNextMember(MemberForm previous) {
        // only a registrar registers members; others who open the page read the desk's proposal of nobody
        boolean registrar = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.REGISTRAR);
        DeskDefaults.Usual usual = file.members().isEmpty() && registrar ? desk.forFirstMemberOf(registryNumber()) : DeskDefaults.NONE;
        MemberForm next = NextMember.after(file.household(), file.members(), previous, usual);
        proposedRelationship = next.getRelationship();
        form = next;
        proposals = new HashMap<>();
        proposeLatin();
        // the head's Latin family name is a proposal too: it follows if the registrar types another family name
        proposals.put("family", next.getFamilyNameLatin());
        idempotencyKey = UUID.randomUUID().toString();
        candidates = List.of();
        reviewCount = 0;
        answers = new HashMap<>();
        photo.clear();
    }

    private Map<String, MatchStatus> decisions() {
        Map<String, MatchStatus> decisions = new HashMap<>();
        answers.forEach((id, answer) -> {
            if (!blank(answer)) {
                decisions.put(id, MatchStatus.valueOf(answer));
            }
        });
        return decisions;
    }

    public Relationship[] getRelationships() { return Relationship.values(); }
    public Sex[] getSexes() { return Sex.values(); }
    public BirthPrecision[] getPrecisions() { return BirthPrecision.values(); }
    public MaritalStatus[] getMaritalStatuses() { return MaritalStatus.values(); }

    public String getPendingPhotoData() {
        return photo.preview();
    }

    /** A candidate has one of the typed document numbers: always an alert. */
    public boolean isDocumentAlert() {
        return candidates.stream().anyMatch(CandidateView::documentMatch);
    }

    public boolean isComplete() {
        return file != null && file.members().size() >= file.household().size();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public RegistryNumber getNumber() { return number; }
    public void setNumber(RegistryNumber number) { this.number = number; }
    public HouseholdFile getFile() { return file; }
    public MemberForm getForm() { return form; }
    public List<CandidateView> getCandidates() { return candidates; }
    public int getReviewCount() { return reviewCount; }
    public Map<String, String> getAnswers() { return answers; }
    public MemberResult getLast() { return last; }

    /** The client id to focus once this answer is shown, read once: the next request decides again. */
    public String getFocus() {
        String once = focus;
        focus = null;
        return once;
    }
}
