package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.CaptureEvent;
import org.refuge.assistance.application.CollectionService;
import org.refuge.assistance.application.DeskService;
import org.refuge.assistance.application.DistributionForms.CollectionForm;
import org.refuge.assistance.application.DistributionForms.LineRef;
import org.refuge.assistance.application.DistributionViews.Desk;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.Member;
import org.refuge.assistance.application.RoundService;
import org.refuge.platform.site.Site;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The distribution desk: a family presents its slip or an identity card (the QR scanned into a field by a handheld
 * scanner, or pasted, or held before the desk's camera, whose picture is read on the server) or says its registry number; the desk shows the household, its members' portraits and what is due in the open rounds of
 * the desk's site, and records what was handed over and to whom (a member, or a proxy by name). Each recording carries
 * a key of its own, so a double click or a resent form records once; a second collection in a period is refused with
 * when and where the first one was.
 */
@Named
@ViewScoped
public class DistributionDeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PROXY = "proxy";
    private static final String QR = "desk-form:qr";
    private static final String CAMERA = "desk-form:camera";
    private static final String CAMERA_PANEL = "desk-form:camera-panel";

    @Inject
    DeskService desks;

    @Inject
    CollectionService collections;

    @Inject
    RoundService rounds;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    private List<Site> sites;
    private String site;
    private String qr;
    private boolean camera;
    private String number;
    private Desk desk;
    private final Map<UUID, String> photos = new HashMap<>();
    private List<String> chosen = new ArrayList<>();
    private String receiver;
    private String proxyName;
    private String requestKey = UUID.randomUUID().toString();
    private DueLine voiding;
    private String voidReason;

    public List<Site> getSites() {
        if (sites == null) {
            sites = rounds.sites();
            if (site == null && !sites.isEmpty()) {
                site = sites.get(0).code();
            }
        }
        return sites;
    }

    /** Reads the slip's or the identity card's QR (when one was scanned), then shows the household. */
    public void find() {
        if (qr != null && !qr.isBlank()) {
            String scanned = qr.strip();
            qr = null;
            DeskService.Scan scan = changes.call(() -> desks.scan(scanned), Map.of("qr", QR), QR).orElse(null);
            if (!accepted(scan, QR)) {
                return;
            }
        }
        if (number == null || number.isBlank()) {
            messages.fieldError("desk-form:number", "desk.number.required");
            return;
        }
        load();
    }

    /** Turns the camera on: only now does the browser ask for it. */
    public void openCamera() {
        camera = true;
    }

    /** Turns the camera off (the browser stops it when its view leaves the page). */
    public void closeCamera() {
        camera = false;
    }

    /**
     * A picture of the camera: its QR code is read on the server and checked as a typed one; a household found turns the
     * camera off. A picture without a readable code asks for another one next to the camera and leaves what was typed.
     */
    public void captured(CaptureEvent event) {
        DeskService.Scan scan = changes.call(() -> desks.scanPicture(event.getData()), Map.of("picture", CAMERA), CAMERA).orElse(null);
        if (scan != null && DeskService.NO_QR_CODE.equals(scan.status())) {
            messages.fieldError(CAMERA, "desk.camera.noQr");
            return;
        }
        if (accepted(scan, CAMERA)) {
            qr = null;
            camera = false;
            PrimeFaces.current().ajax().update(CAMERA_PANEL);
            load();
        }
    }

    /**
     * Whether a scan names a household to show (its number is then the one to find); a refused paper is said next to
     * {@code field} and leaves no other family's number behind to find by mistake.
     */
    private boolean accepted(DeskService.Scan scan, String field) {
        if (scan == null) {
            desk = null;
            return false;
        }
        if (!scan.accepted()) {
            desk = null;
            number = null;
            switch (scan.document()) {
                case "SLIP" -> messages.fieldError(field, "slip.verdict." + scan.status());
                case "CARD" -> messages.fieldError(field, "desk.card.refused", messages.text("verify.verdict." + scan.status()));
                default -> messages.fieldError(field, "desk.qr.unreadable");
            }
            return false;
        }
        number = scan.registryNumber();
        return true;
    }

    private void load() {
        getSites();
        desk = changes.call(() -> desks.household(SiteCode.of(site), RegistryNumber.parse(number)), Map.of(), "desk-form:number")
                .orElse(null);
        photos.clear();
        chosen = new ArrayList<>();
        if (desk == null) {
            return;
        }
        number = desk.registryNumber();
        desk.lines().stream().filter(l -> !l.collected()).forEach(l -> chosen.add(key(l)));
        receiver = desk.members().isEmpty() ? PROXY : desk.members().get(0).personId().toString();
        for (Member m : desk.members()) {
            if (m.portrait() != null) {
                photos.put(m.personId(), dataUri(m.portrait()));
            }
        }
        if (desk.headPortrait() != null) {
            photos.put(new UUID(0, 0), dataUri(desk.headPortrait()));
        }
    }

    /**
     * Records the chosen lines, one request per round; with none left to hand over, asks anyway, so that the desk hears
     * when and where the household collected.
     */
    public void record() {
        if (desk == null) {
            return;
        }
        Map<UUID, List<LineRef>> byRound = new LinkedHashMap<>();
        for (DueLine line : desk.lines()) {
            if (chosen.contains(key(line))) {
                LineRef ref = new LineRef();
                ref.setEntitlementId(line.entitlementId());
                ref.setPersonId(line.personId());
                byRound.computeIfAbsent(line.roundId(), r -> new ArrayList<>()).add(ref);
            }
        }
        if (byRound.isEmpty() && !desk.lines().isEmpty()) {
            byRound.put(desk.lines().get(0).roundId(), List.of());   // everything collected: the refusal says when and where
        }
        int recorded = 0;
        for (Map.Entry<UUID, List<LineRef>> round : byRound.entrySet()) {
            CollectionForm form = new CollectionForm();
            form.setRoundId(round.getKey());
            form.setRegistryNumber(desk.registryNumber());
            form.setLines(round.getValue());
            form.setReceivedByPersonId(PROXY.equals(receiver) || receiver == null ? null : UUID.fromString(receiver));
            form.setProxyName(PROXY.equals(receiver) ? proxyName : null);
            var written = changes.call(() -> collections.record(form, requestKey + "-" + round.getKey()),
                    Map.of("proxyName", "record-form:proxy-name", "receivedByPersonId", "record-form:receiver"), "record-form:record");
            if (written.isEmpty()) {
                return;
            }
            recorded += written.get().size();
        }
        requestKey = UUID.randomUUID().toString();
        messages.info("desk.recorded", recorded, receiverName());
        proxyName = null;
        load();
    }

    /** Opens the void dialog for a line collected at this desk's site. */
    public void startVoid(DueLine line) {
        voiding = line;
        voidReason = null;
    }

    /** Voids the collection with its reason: the entitlement can be collected again, the goods are back in the stock. */
    public void voidCollection() {
        if (voiding == null || voiding.collectionId() == null) {
            return;
        }
        UUID id = voiding.collectionId();
        if (changes.run(() -> collections.voidCollection(id, voidReason), Map.of("reason", "void-form:reason"), "void-form:reason")) {
            messages.info("desk.voided");
            voiding = null;
            load();
        }
    }

    /** Whether a line was collected at this desk's site (where it is corrected). */
    public boolean voidable(DueLine line) {
        return line.collected() && line.collectedSite() != null && line.collectedSite().equals(site);
    }

    private String receiverName() {
        if (PROXY.equals(receiver)) {
            return proxyName;
        }
        return desk.members().stream().filter(m -> m.personId().toString().equals(receiver)).map(Member::name).findFirst().orElse("");
    }

    public static String key(DueLine line) {
        return line.roundId() + "|" + line.entitlementId() + "|" + line.personId();
    }

    private static String dataUri(byte[] jpeg) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }

    /** The lines still to hand over, to choose from. */
    public List<DueLine> getOpenLines() {
        return desk == null ? List.of() : desk.lines().stream().filter(l -> !l.collected()).toList();
    }

    /** The member's portrait as a data URI, or null without one. */
    public String photo(Member member) { return photos.get(member.personId()); }
    public String getHeadPhoto() { return photos.get(new UUID(0, 0)); }
    public String getProxy() { return PROXY; }
    public DueLine getVoiding() { return voiding; }
    public String getVoidReason() { return voidReason; }
    public void setVoidReason(String voidReason) { this.voidReason = voidReason; }
    public Desk getDesk() { return desk; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public boolean isCamera() { return camera; }
    public String getQr() { return qr; }
    public void setQr(String qr) { this.qr = qr; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
    public String getReceiver() { return receiver; }
    public void setReceiver(String receiver) { this.receiver = receiver; }
    public String getProxyName() { return proxyName; }
    public void setProxyName(String proxyName) { this.proxyName = proxyName; }
}
