package org.refuge.camps.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.AccommodationForms;
import org.refuge.camps.application.CampForms;
import org.refuge.camps.application.CampService;
import org.refuge.camps.application.CampService.StructureView;
import org.refuge.camps.application.StayService;
import org.refuge.camps.application.CampResidents;
import org.refuge.camps.application.CampResidents.Resident;
import org.refuge.camps.application.CampResidents.ResidentHousehold;
import org.refuge.camps.domain.CampRefusals;
import org.refuge.platform.refusal.Refusal;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStatus;
import org.refuge.camps.domain.DepartureReason;
import org.refuge.camps.domain.ManifestStatus;
import org.refuge.camps.domain.StayStatus;
import org.refuge.camps.domain.StructureKind;
import org.refuge.camps.domain.TentProposal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.site.Site;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * One camp ({@code ?site=}): its figures and norm indicators, the set-up checklist, the set-up forms (tents by the
 * hundred, staff tents, water and sanitary points, power, daily water), the board of tents coloured by occupancy
 * (a tent's households one click away), and its residents ({@code ?number=} finds one household): check-in per person
 * on arrival, no-show decisions, check-out with a reason, moves to other tents or camps, and closing the camp.
 */
@Named
@ViewScoped
public class CampView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampService camps;

    @Inject
    Messages messages;

    @Inject
    StayService stays;

    @Inject
    CampChanges changes;

    @Inject
    CampResidents campResidents;

    @Inject
    CampTimes times;

    private CampCode code;
    private CampService.CampView camp;
    private CampForms.Tents tents = new CampForms.Tents();
    private CampForms.WaterPoint waterPoint = new CampForms.WaterPoint();
    private CampForms.Water water = new CampForms.Water();
    private StructureKind staffKind = StructureKind.SMS_STAFF_TENT;
    private final TentBoard board = new TentBoard();
    /** The household asked for ({@code ?number=}); the view parameter sets it again on each postback, so it is read once. */
    private RegistryNumber requestedNumber;
    /** Shows one household among the residents, by registry number (converted as typed, refused at its field if not one). */
    private RegistryNumber number;
    private PagedList<ResidentHousehold> residents;
    private int tentNumber;
    private List<ResidentHousehold> tentResidents = List.of();
    private ResidentHousehold leaving;
    /** Those of the household leaving who can check out: the checked-in members. */
    private List<Resident> mayLeave = List.of();
    private List<String> leavingStays = new ArrayList<>();
    private AccommodationForms.CheckOut checkOut = new AccommodationForms.CheckOut();
    private ResidentHousehold moving;
    private CampCode moveTo;
    private List<String> moveTents = new ArrayList<>();
    private String moveNote;
    /** The move dialog's Idempotency-Key: a resent or double-clicked move moves the household once. */
    private String moveKey;
    private List<TentProposal.Share> moveProposal = List.of();
    private List<StructureView> moveFreeTents;
    private List<CampFigures> openCamps;

    /** View action: the camp, and among its residents the household asked for. */
    public void show() {
        number = requestedNumber;
        load();
    }

    public void load() {
        residents = null;
        camp = null;
        if (code == null) {
            return;
        }
        try {
            camp = camps.camp(code, true);
        } catch (Refusal e) {
            if (e.is(Refusal.Kind.NOT_FOUND, Site.UNKNOWN)) {
                messages.error("camp.unknown");
            } else if (e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                messages.error("camp.otherSite");
            } else {
                throw e;
            }
        }
    }

    /** The tent form's Idempotency-Key: a request the service already took (a resent one) adds nothing. */
    private String tentsKey = java.util.UUID.randomUUID().toString();

    public void addTents() {
        String key = tentsKey;
        tentsKey = java.util.UUID.randomUUID().toString(); // the next "add" is a new request
        run(() -> camps.addTents(code, tents, key), "camp.tentsAdded", Map.of("count", "tents-form:count", "beds", "tents-form:beds",
                "coveredM2", "tents-form:covered"));
    }

    public void addStaffTent() {
        run(() -> camps.addStaffTent(code, staffKind, new BigDecimal("70")), "camp.saved", Map.of());
    }

    public void addWaterPoint() {
        run(() -> camps.addWaterPoint(code, waterPoint), "camp.saved", Map.of("taps", "water-point-form:taps",
                "toilets", "water-point-form:toilets", "showers", "water-point-form:showers", "anyFacility", "water-point-form:taps"));
    }

    public void recordWater() {
        run(() -> camps.recordWater(code, water), "camp.saved", Map.of("day", "water-form:day", "litres", "water-form:litres"));
    }

    public void power(boolean supplied) {
        run(() -> camps.powerSupply(code, supplied), "camp.saved", Map.of());
    }

    public void open() {
        run(() -> camps.open(code), "camp.opened", Map.of());
    }

    public void service(UUID structure, boolean inService) {
        run(() -> camps.service(structure, inService), "camp.saved", Map.of());
    }

    private void run(Runnable change, String done, Map<String, String> fields) {
        if (changes.run(change, fields, null)) {
            messages.info(done, code.value());
            load();
        }
    }

    /**
     * The camp's households holding beds (or the one whose registry number is typed), a page at a time, the paginator
     * showing how many there are.
     */
    public PagedList<ResidentHousehold> getResidents() {
        if (residents == null) {
            RegistryNumber household = number;
            CampCode shown = code;
            residents = new PagedList<>(request -> this.camp == null ? org.refuge.platform.paging.Page.of(List.of(), 0, request)
                    : campResidents.residents(shown, null, household, request), ResidentHousehold::registryNumber).firstPage(10);
        }
        return residents;
    }

    public void findResident() {
        residents = null;
    }

    /** The households of the board's tent clicked ({@code tent} request parameter: its id), for the tent's dialog. */
    public void showTent() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tent");
        tentResidents = List.of();
        getTents().stream().filter(t -> t.id().toString().equals(id)).findFirst().ifPresent(tent -> {
            tentNumber = tent.number();
            // a tent holds at most 100 beds (CampForms.Tents), so its households are one page
            tentResidents = campResidents.residents(code, tent.id(), null, PageRequest.firstRows(PageRequest.MAX_SIZE)).items();
        });
    }

    /** A person may be checked in once their transport arrived, or at once when moved here from another camp. */
    public boolean arrived(Resident person) {
        return person.status() == StayStatus.ALLOCATED && (person.manifestStatus() == ManifestStatus.ARRIVED || person.movedHere());
    }

    public boolean anyArrived(ResidentHousehold household) {
        return household.persons().stream().anyMatch(this::arrived);
    }

    public void checkIn(Resident person) {
        if (changes.run(() -> stays.checkIn(person.stayId()), Map.of(), null)) {
            messages.info("residents.checkedIn", person.name());
            changed();
        }
    }

    /** Checks in every member of a household whose transport arrived. */
    public void checkInArrived(ResidentHousehold household) {
        List<Resident> arrived = household.persons().stream().filter(this::arrived).toList();
        if (changes.run(() -> arrived.forEach(person -> stays.checkIn(person.stayId())), Map.of(), null)) {
            messages.info("residents.checkedInAll", arrived.size(), household.registryNumber());
        }
        changed();
    }

    /** Releases the bed of a person who did not come (offered once the service says it is time to decide). */
    public void noShow(Resident person) {
        if (changes.run(() -> stays.noShow(person.stayId(), null), Map.of(), null)) {
            messages.info("residents.noShowDone", person.name());
            changed();
        }
    }

    public void startCheckOut(ResidentHousehold household) {
        leaving = household;
        mayLeave = household.persons().stream().filter(p -> p.status() == StayStatus.CHECKED_IN).toList();
        leavingStays = mayLeave.stream().map(p -> p.stayId().toString()).collect(Collectors.toCollection(ArrayList::new));
        checkOut = new AccommodationForms.CheckOut();
        checkOut.setDay(times.today());
    }

    /** Checks out the persons ticked in the dialog with the reason and day of leaving. */
    public void confirmCheckOut() {
        if (leavingStays.isEmpty()) {
            messages.fieldError("checkout-form:persons", "residents.choosePersons");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<UUID> chosen = leavingStays.stream().map(UUID::fromString).toList();
        RegistryNumber household = new RegistryNumber(leaving.registryNumber());
        changes.call(() -> stays.checkOut(code, household, chosen, checkOut), Map.of("reason", "checkout-form:reason",
                "day", "checkout-form:day", "note", "checkout-form:note"), "checkout-form:persons").ifPresent(count -> {
            messages.info("residents.checkedOut", count, leaving.registryNumber());
            leaving = null;
            changed();
        });
    }

    public void startMove(ResidentHousehold household) {
        moving = household;
        moveKey = UUID.randomUUID().toString();
        moveTo = code;
        moveTents = new ArrayList<>();
        moveNote = null;
        moveProposal = List.of();
        moveFreeTents = null;
    }

    public void moveCampChanged() {
        moveTents = new ArrayList<>();
        moveProposal = List.of();
        moveFreeTents = null;
    }

    /** Moves the household to the chosen tents, or to those Refuge proposes, in this or another open camp. */
    public void move() {
        changes.call(() -> {
            try {
                return stays.move(code, new RegistryNumber(moving.registryNumber()), moveTo, TentChoices.ids(moveTents), moveNote, moveKey);
            } catch (Refusal refused) {
                moveProposal = CampRefusals.freshProposal(refused);
                moveFreeTents = null;
                throw refused;
            }
        }, Map.of("note", "move-form:note"), "move-form:tents").ifPresent(shares -> {
            messages.info("residents.moved", moving.registryNumber(), campName(moveTo), TentChoices.numbers(shares));
            moving = null;
            changed();
        });
    }

    /** Tents with free beds of the camp a household moves to. */
    public List<StructureView> getMoveFreeTents() {
        if (moveFreeTents == null) {
            moveFreeTents = moveTo == null ? List.of() : TentChoices.withFreeBeds(camps.camp(moveTo, true).structures(), moveTents);
        }
        return moveFreeTents;
    }

    /** The open camps a household may move to. */
    public List<CampFigures> getOpenCamps() {
        if (openCamps == null) {
            openCamps = camps.overview().stream().filter(c -> c.status() == CampStatus.OPEN).toList();
        }
        return openCamps;
    }

    private String campName(CampCode camp) {
        return getOpenCamps().stream().filter(c -> c.campCode().equals(camp)).map(CampFigures::name).findFirst().orElse(camp.value());
    }

    /** Closes the camp after the confirmation: everyone checked in is checked out. */
    public void close() {
        changes.call(() -> stays.close(code), Map.of(), null).ifPresent(count -> {
            messages.info("camp.closed", code.value(), count);
            changed();
        });
    }

    /** Beds changed: the figures, the board and the residents are read again. */
    private void changed() {
        openCamps = null;
        load();
    }

    public DepartureReason[] getDepartureReasons() {
        return Arrays.stream(DepartureReason.values()).filter(DepartureReason::chosenAtCheckOut).toArray(DepartureReason[]::new);
    }

    /** The accommodation tents of the board's page, filtered. */
    public List<StructureView> getTents() {
        return camp == null ? List.of() : board.shown(camp.structures());
    }

    /** The board's filters and page. */
    public TentBoard getBoard() { return board; }

    public int getBoardPages() { return camp == null ? 1 : board.pages(camp.structures()); }

    public List<StructureView> getOtherStructures() {
        return camp == null ? List.of() : camp.structures().stream().filter(s -> !"TENT".equals(s.kind())).toList();
    }

    /** The colour class of a tent on the board: out of service, empty, partly or fully occupied. */
    public String occupancyClass(StructureView tent) {
        if (!tent.inService()) {
            return "rf-tent-out";
        }
        if (tent.occupied() == 0) {
            return "rf-tent-empty";
        }
        return tent.occupied() >= tent.beds() ? "rf-tent-full" : "rf-tent-partly";
    }

    public StructureKind[] getStaffKinds() {
        return new StructureKind[] {StructureKind.SMS_STAFF_TENT, StructureKind.MEDICAL_SOCIAL_TENT, StructureKind.POLICE_TENT};
    }

    public CampFigures getFigures() { return camp == null ? null : camp.figures(); }
    public CampCode getCode() { return code; }
    public void setCode(CampCode code) { this.code = code; }
    public CampForms.Tents getTentsForm() { return tents; }
    public CampForms.WaterPoint getWaterPoint() { return waterPoint; }
    public CampForms.Water getWater() { return water; }
    public StructureKind getStaffKind() { return staffKind; }
    public void setStaffKind(StructureKind staffKind) { this.staffKind = staffKind; }
    public RegistryNumber getRequestedNumber() { return requestedNumber; }
    public void setRequestedNumber(RegistryNumber requestedNumber) { this.requestedNumber = requestedNumber; }
    public RegistryNumber getNumber() { return number; }
    public void setNumber(RegistryNumber number) { this.number = number; }
    public int getTentNumber() { return tentNumber; }
    public List<ResidentHousehold> getTentResidents() { return tentResidents; }
    public ResidentHousehold getLeaving() { return leaving; }
    public List<Resident> getMayLeave() { return mayLeave; }
    public List<String> getLeavingStays() { return leavingStays; }
    public void setLeavingStays(List<String> leavingStays) { this.leavingStays = leavingStays; }
    public AccommodationForms.CheckOut getCheckOut() { return checkOut; }
    public ResidentHousehold getMoving() { return moving; }
    public CampCode getMoveTo() { return moveTo; }
    public void setMoveTo(CampCode moveTo) { this.moveTo = moveTo; }
    public List<String> getMoveTents() { return moveTents; }
    public void setMoveTents(List<String> moveTents) { this.moveTents = moveTents; }
    public String getMoveNote() { return moveNote; }
    public void setMoveNote(String moveNote) { this.moveNote = moveNote; }
    public List<TentProposal.Share> getMoveProposal() { return moveProposal; }
}
