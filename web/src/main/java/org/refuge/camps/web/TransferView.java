package org.refuge.camps.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.AccommodationForms;
import org.refuge.camps.application.CampService;
import org.refuge.camps.application.TransferService;
import org.refuge.camps.application.TransferService.ManifestHousehold;
import org.refuge.camps.application.TransferService.ManifestView;
import org.refuge.camps.application.TransferService.ToTransfer;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStatus;
import org.refuge.camps.domain.ManifestStatus;
import org.refuge.platform.paging.Page;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Transfers to one camp ({@code ?site=}, else the user's first open camp): the households allocated to it and not yet
 * on a transport, a manifest built from those chosen (vehicle, driver, departure in local time), and the camp's
 * manifests, each confirmed at departure with the households that boarded (all, unless unticked) and at arrival.
 */
@Named
@ViewScoped
public class TransferView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("vehicle", "transfer-form:vehicle", "driver", "transfer-form:driver",
            "departure", "transfer-form:departure", "households", "transfer-form:waiting");

    @Inject
    TransferService transfers;

    @Inject
    CampService camps;

    @Inject
    Messages messages;

    @Inject
    CampChanges changes;

    @Inject
    CampTimes times;

    /** The camp asked for ({@code ?site=}); the view parameter sets it again on each postback, so it is read once. */
    private CampCode requestedCode;
    private CampCode code;
    private List<CampFigures> myCamps;
    private PagedList<ToTransfer> waiting;
    private List<ToTransfer> selected = new ArrayList<>();
    private PagedList<ManifestView> manifests;
    private AccommodationForms.Manifest form;
    /** Per household on a planned manifest: boarded (ticked by default). */
    private final Map<String, Boolean> boarded = new HashMap<>();

    /** View action: the user's camps, the one asked for (else the first open one) chosen. */
    public void load() {
        myCamps = camps.overview();
        code = myCamps.stream().map(CampFigures::campCode).filter(c -> c.equals(requestedCode)).findFirst()
                .or(() -> myCamps.stream().filter(c -> c.status() == CampStatus.OPEN).map(CampFigures::campCode).findFirst())
                .orElse(myCamps.isEmpty() ? null : myCamps.get(0).campCode());
        form = newForm();
        refresh();
    }

    /**
     * The camp menu: the chosen camp's households to transfer and its manifests, each a page at a time with its total.
     */
    public void refresh() {
        selected = new ArrayList<>();
        CampCode camp = code;
        waiting = new PagedList<>(request -> camp == null ? Page.of(List.of(), 0, request)
                : transfers.waitingForTransfer(camp, request), ToTransfer::registryNumber).firstPage(50);
        manifests = new PagedList<>(request -> camp == null ? Page.of(List.of(), 0, request) : shown(transfers.manifests(camp, request)),
                manifest -> manifest.id().toString()).firstPage(10);
    }

    /** A page of manifests as shown: the households on a planned one are ticked as boarded until unticked. */
    private Page<ManifestView> shown(Page<ManifestView> page) {
        page.items().stream().filter(m -> m.status() == ManifestStatus.PLANNED).flatMap(m -> m.households().stream())
                .map(ManifestHousehold::registryNumber).forEach(number -> boarded.putIfAbsent(number, Boolean.TRUE));
        return page;
    }

    /** Puts the households chosen on a new manifest. */
    public void createManifest() {
        form.setHouseholds(selected.stream().map(ToTransfer::registryNumber).toList());
        changes.call(() -> transfers.createManifest(code, form), FIELDS, "transfer-form:waiting").ifPresent(manifest -> {
            messages.info("transfer.created", manifest.number(), manifest.households().size(), manifest.persons());
            form = newForm();
            refresh();
        });
    }

    /** The vehicle left with the households ticked as boarded; the others wait for another transport. */
    public void depart(ManifestView manifest) {
        List<RegistryNumber> aboard = manifest.households().stream().map(ManifestHousehold::registryNumber)
                .filter(number -> Boolean.TRUE.equals(boarded.get(number))).map(RegistryNumber::new).toList();
        changes.call(() -> transfers.depart(manifest.id(), aboard), Map.of(), null).ifPresent(departed -> {
            messages.info("transfer.departed", departed.number(), departed.boardedPersons());
            refresh();
        });
    }

    public void arrive(ManifestView manifest) {
        changes.call(() -> transfers.arrive(manifest.id()), Map.of(), null).ifPresent(arrived -> {
            messages.info("transfer.arrived", arrived.number(), arrived.boardedPersons());
            refresh();
        });
    }

    private AccommodationForms.Manifest newForm() {
        AccommodationForms.Manifest manifest = new AccommodationForms.Manifest();
        manifest.setDeparture(times.now());
        return manifest;
    }

    public List<CampFigures> getMyCamps() { return myCamps == null ? List.of() : myCamps; }
    public CampCode getRequestedCode() { return requestedCode; }
    public void setRequestedCode(CampCode requestedCode) { this.requestedCode = requestedCode; }
    public CampCode getCode() { return code; }
    public void setCode(CampCode code) { this.code = code; }
    public PagedList<ToTransfer> getWaiting() { return waiting; }
    public List<ToTransfer> getSelected() { return selected; }
    public void setSelected(List<ToTransfer> selected) { this.selected = selected; }
    public PagedList<ManifestView> getManifests() { return manifests; }
    public AccommodationForms.Manifest getForm() { return form; }
    public Map<String, Boolean> getBoarded() { return boarded; }
}
