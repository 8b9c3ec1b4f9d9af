package org.refuge.protection.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.protection.application.DecreeService;
import org.refuge.protection.application.DocumentsWorkflow;
import org.refuge.protection.application.ProtectionService;
import org.refuge.protection.application.ProtectionWorklists;
import org.refuge.protection.application.ProtectionService.HouseholdProtection;
import org.refuge.protection.application.ProtectionService.Member;
import org.refuge.protection.application.ProtectionWorklists.OpenException;
import org.refuge.protection.application.ProtectionService.Step;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Temporary-protection decisions on one household ({@code ?household=<registry number>}) under a decree in force: its
 * members with their protection, whether the decree covers them and each member's security check; caseworkers
 * grant the covered members in one go, propose an exception for the others, extend or end a protection; anyone here
 * reads a member's history. Supervisors decide the open exceptions below, never their own proposals (the service
 * refuses, and the refusal is shown). Caseworkers decide a household's due renewal (the renewal task of its
 * identity-document process) on the household shown: renew, convention travel documents, or termination on a legal
 * ground. The lists of open exceptions and renewals due are {@link ProtectionWorklistsView}'s; how a member and a
 * decree read on the page, {@link ProtectionLabels}'.
 */
@Named
@ViewScoped
public class ProtectionDecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NUMBER = "find-form:number";
    static final String DECREE = "find-form:decree";
    static final Map<String, String> FIND_FIELDS = Map.of("registryNumber", NUMBER, "decreeId", DECREE);
    static final Map<String, String> PROPOSE_FIELDS = Map.of("justification", "propose-form:justification");
    static final Map<String, String> END_FIELDS = Map.of("ground", "end-form:ground");
    static final Map<String, String> DECIDE_FIELDS = Map.of("note", "decide-form:note");
    static final String RENEWAL_DECISION = "renewal-form:decision";
    static final String RENEWAL_GROUND = "renewal-form:ground";
    static final String RENEWAL_DECIDE = "renewal-form:decide";
    static final Map<String, String> RENEWAL_FIELDS = Map.of("decision", RENEWAL_DECISION, "ground", RENEWAL_GROUND);

    /** A decree in force to choose. */
    public record DecreeOption(String id, String number, String inForceFrom) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    ProtectionService protection;

    @Inject
    ProtectionWorklists worklists;

    @Inject
    DecreeService decrees;

    @Inject
    Messages messages;

    @Inject
    ProtectionChanges changes;

    /** The household asked for ({@code ?household=}); the view parameter sets it again on each postback, so it is read once. */
    private String requestedHousehold;
    private String number;
    private String decreeId;
    private List<DecreeOption> decreeOptions = List.of();
    /** The registry number of the household shown, as the service answered it. */
    private String shown;
    /** Per member (person id): ticked for the grant. */
    private final Map<String, Boolean> chosen = new HashMap<>();

    // the member or the exception a dialog is about, and what is typed there
    private UUID personId;
    private String personName;
    private String proposalReason;
    private String justification;
    private String ending = "TERMINATED";
    private String ground;
    private UUID exceptionId;
    private String exceptionName;
    private String exceptionReason;
    private String exceptionJustification;
    private String exceptionProposedBy;
    private String note;
    // the renewal decision on the household shown
    private String renewal;
    private String renewalGround;

    // read models, read again after each change; never kept across a passivation
    private transient HouseholdProtection household;
    private transient List<Step> history;
    private transient Boolean renewalDue;

    /** View action: the decrees in force (the latest chosen) and the household asked for, if any. */
    public void load() {
        decreeOptions = decrees.inForce().stream().map(d -> new DecreeOption(d.id().toString(), d.number(), d.inForceFrom().toString())).toList();
        if (decreeId == null && !decreeOptions.isEmpty()) {
            decreeId = decreeOptions.get(0).id();
        }
        if (requestedHousehold != null && !requestedHousehold.isBlank()) {
            number = requestedHousehold.strip();
            find();
        }
    }

    /** The "open" button: the household typed, under the decree chosen. */
    public void find() {
        household = null;
        shown = null;
        renewalDue = null;
        history = null;
        chosen.clear();
        renewal = null;
        renewalGround = null;
        if (number == null || number.isBlank()) {
            messages.fieldError(NUMBER, "protection.enterNumber");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        changes.call(() -> ProtectionChanges.registryNumber(number), Map.of(), NUMBER)
                .flatMap(typed -> changes.call(() -> protection.household(typed, decree()), FIND_FIELDS, NUMBER)).ifPresent(this::show);
    }

    /** Another decree chosen: the household shown is read again against it. */
    public void decreeChanged() {
        if (shown != null) {
            chosen.clear();
            reload();
        }
    }

    /** Grants protection to the members ticked; the decree's rules (scope, security check) are the service's. */
    public void grant() {
        List<PersonId> ids = chosenIds();
        if (ids.isEmpty()) {
            messages.fieldError("members-form:grant", "protection.chooseMembers");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (requireDecree()) {
            changes.call(() -> protection.grant(shown(), decree(), ids), Map.of(), "members-form:grant").ifPresent(granted -> {
                messages.info("protection.granted", ids.size(), granted.registryNumber());
                chosen.clear();
                show(granted);
            });
        }
    }

    public void startProposal(Member member) {
        personId = member.personId();
        personName = member.name();
        proposalReason = member.securityHit() ? "SECURITY_HIT" : "OUT_OF_SCOPE";
        justification = null;
    }

    /** Proposes an exception for the member of the dialog, with the justification typed there. */
    public void propose() {
        if (requireDecree() && changes.call(() -> protection.proposeException(PersonId.of(personId), decree(), justification), PROPOSE_FIELDS,
                "propose-form:justification").isPresent()) {
            messages.info("protection.proposed", personName);
            justification = null;
            reload();
        }
    }

    /** Extends a member's protection by a year (after the confirmation). */
    public void extend(Member member) {
        if (changes.run(() -> protection.extend(PersonId.of(member.personId())), Map.of(), null)) {
            reload();
            String until = household == null ? "" : household.members().stream().filter(m -> m.personId().equals(member.personId()))
                    .map(m -> Objects.toString(m.validUntil(), "")).findFirst().orElse("");
            messages.info("protection.extended", member.name(), until);
        }
    }

    public void startEnd(Member member) {
        personId = member.personId();
        personName = member.name();
        ending = "TERMINATED";
        ground = null;
    }

    /** Ends the protection of the member of the dialog: terminated or ceased, on the ground typed. */
    public void end() {
        boolean terminated = "TERMINATED".equals(ending);
        if (changes.run(() -> protection.end(PersonId.of(personId), terminated, ground), END_FIELDS, "end-form:ground")) {
            messages.info(terminated ? "protection.ended.TERMINATED" : "protection.ended.CEASED", personName);
            ground = null;
            reload();
        }
    }

    /** A member's history, for the history dialog. */
    public void showHistory(Member member) {
        personId = member.personId();
        personName = member.name();
        history = changes.call(() -> protection.history(PersonId.of(member.personId())), Map.of(), null).orElse(List.of());
    }

    public void startDecision(OpenException exception) {
        exceptionId = exception.id();
        exceptionName = exception.name() + " (" + exception.registryNumber() + ")";
        exceptionReason = exception.reason();
        exceptionJustification = exception.justification();
        exceptionProposedBy = exception.proposedBy();
        note = null;
    }

    /** A supervisor's decision on the exception of the dialog; the four-eyes rule is the service's. */
    public void decide(boolean approve) {
        if (changes.run(() -> protection.decideException(exceptionId, approve, note), DECIDE_FIELDS, "decide-form:note")) {
            messages.info(approve ? "protection.approved" : "protection.rejected", exceptionName);
            note = null;
            if (shown != null) {
                reload();
            }
        }
    }

    /**
     * The caseworker's renewal decision on the household shown, with the legal ground typed (the service requires it
     * for a termination, and shows its refusal at the field); what was chosen and typed stays when refused.
     */
    public void decideRenewal() {
        DocumentsWorkflow.Renewal decision = renewalDecision();
        if (decision == null) {
            messages.fieldError(RENEWAL_DECISION, "renewal.chooseDecision");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        RegistryNumber registryNumber = shown();
        if (registryNumber != null && changes.run(() -> protection.decideRenewal(registryNumber, decision, renewalGround), RENEWAL_FIELDS,
                RENEWAL_DECIDE)) {
            messages.info("renewal.decided." + decision.name(), registryNumber.value());
            renewal = null;
            renewalGround = null;
            reload();
        }
    }

    /** Whether the renewal of the household shown is due: the renewal decision is offered only then. */
    public boolean isRenewalDue() {
        if (renewalDue == null) {
            RegistryNumber number = shown();
            renewalDue = number != null && changes.call(() -> worklists.renewalDue(number), Map.of(), null).orElse(false);
        }
        return renewalDue;
    }

    private DocumentsWorkflow.Renewal renewalDecision() {
        if (renewal == null || renewal.isBlank()) {
            return null;
        }
        try {
            return DocumentsWorkflow.Renewal.valueOf(renewal);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The household shown; read again when a change or a passivation dropped it. */
    public HouseholdProtection getHousehold() {
        if (household == null && shown != null) {
            reload();
        }
        return household;
    }

    /**
     * The household's security checks in one word: PENDING while a member's is not answered, HIT when a member's hit
     * (that member's row says which), else CLEAR.
     */
    public String getSecurity() {
        HouseholdProtection current = getHousehold();
        if (current == null || current.members().isEmpty()) {
            return "PENDING";
        }
        List<String> results = current.members().stream().map(Member::security).toList();
        return results.contains("PENDING") ? "PENDING" : results.contains("HIT") ? "HIT" : results.get(0);
    }

    /** Whether any member can be granted now: the grant button is shown only then. */
    public boolean isAnyGrantable() {
        HouseholdProtection current = getHousehold();
        return current != null && current.members().stream().anyMatch(Member::grantable);
    }

    private void show(HouseholdProtection loaded) {
        household = loaded;
        renewalDue = null;
        shown = loaded.registryNumber();
        number = loaded.registryNumber();
        decreeId = loaded.decreeId().toString();
        List<String> members = loaded.members().stream().filter(Member::grantable).map(m -> m.personId().toString()).toList();
        chosen.keySet().retainAll(members);
    }

    private void reload() {
        household = null;
        changes.call(() -> protection.household(shown(), decree()), FIND_FIELDS, NUMBER).ifPresentOrElse(this::show, () -> shown = null);
    }

    /** The household shown, as the service answered its number; null when none is. */
    private RegistryNumber shown() {
        return shown == null ? null : new RegistryNumber(shown);
    }

    private List<PersonId> chosenIds() {
        HouseholdProtection current = getHousehold();
        if (current == null) {
            return List.of();
        }
        return current.members().stream().filter(m -> Boolean.TRUE.equals(chosen.get(m.personId().toString())))
                .map(m -> PersonId.of(m.personId())).toList();
    }

    /** A decision needs a decree in force: when none is, the service's own refusal says so. */
    private boolean requireDecree() {
        if (decree() == null) {
            messages.refusal(DECREE, "refuge.protection.notInForce");
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return true;
    }

    private UUID decree() {
        if (decreeId == null || decreeId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(decreeId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getRequestedHousehold() { return requestedHousehold; }
    public void setRequestedHousehold(String requestedHousehold) { this.requestedHousehold = requestedHousehold; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getDecreeId() { return decreeId; }
    public void setDecreeId(String decreeId) { this.decreeId = decreeId; }
    public List<DecreeOption> getDecreeOptions() { return decreeOptions; }
    public Map<String, Boolean> getChosen() { return chosen; }
    public List<Step> getHistory() { return history == null ? List.of() : history; }
    public String getPersonName() { return personName; }
    public String getProposalReason() { return proposalReason; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getEnding() { return ending; }
    public void setEnding(String ending) { this.ending = ending; }
    public String getGround() { return ground; }
    public void setGround(String ground) { this.ground = ground; }
    public UUID getExceptionId() { return exceptionId; }
    public String getExceptionName() { return exceptionName; }
    public String getExceptionReason() { return exceptionReason; }
    public String getExceptionJustification() { return exceptionJustification; }
    public String getExceptionProposedBy() { return exceptionProposedBy; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    /** The registry number of the household shown, or null. */
    public String getShown() { return shown; }
    public String getRenewal() { return renewal; }
    public void setRenewal(String renewal) { this.renewal = renewal; }
    public String getRenewalGround() { return renewalGround; }
    public void setRenewalGround(String renewalGround) { this.renewalGround = renewalGround; }
}
