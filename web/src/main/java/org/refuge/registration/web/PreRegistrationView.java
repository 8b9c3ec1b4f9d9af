package org.refuge.registration.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.shared.RegistryNumber;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.platform.web.RefusalMessages;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.PortraitDecoder;
import org.refuge.registration.application.PreRegistrationForm;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.PortraitBusyException;
import org.refuge.registration.domain.Transliteration;

/**
 * The desk's pre-registration form: head of household, composition, vehicle or group, visible needs; the registry
 * number at once, with the way to its members' registration (Alt+M), and the focus back on the head's name for the
 * next family. Each form instance carries an idempotency key, so a double click or a resubmitted page registers
 * one household; after a success the form is fresh with a new key.
 */
@Named
@ViewScoped
public class PreRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The specific-need categories a registrar can see or be told at the desk (UNHCR codes; sensitive ones excluded). */
    /** The categories a registrar may see at a glance; SV, TR and SM are confidential and never recorded at the desk. */
    static final List<String> VISIBLE_NEEDS = List.of("SC", "DS", "ER", "WR", "SP", "CR", "FU", "LP");

    @Inject
    RegistrationService registration;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    @Inject
    PortraitDecoder portraits;

    /** Form fields by property name, for the service's validation messages. */
    private static final Map<String, String> FIELDS = Map.of("headName", "pre-register-form:head",
            "headNameLatin", "pre-register-form:latin", "vehicleOrGroup", "pre-register-form:vehicle",
            "visibleNeeds", "pre-register-form:needs", "sizeInRange", "pre-register-form:fc");

    private PreRegistrationForm form = new PreRegistrationForm();
    private String idempotencyKey = UUID.randomUUID().toString();
    private HouseholdView last;
    private final PagedList<HouseholdView> today = new PagedList<>(this::today, HouseholdView::registryNumber);
    private final PendingPhoto headPhoto = new PendingPhoto();
    /** The client id the page focuses once this answer is shown, or null. */
    private String focus;

    /** The form's fields in the order of the page, for the focus after a refusal. */
    private static final List<String> ORDER = List.of("pre-register-form:head", "pre-register-form:latin", "pre-register-form:fc",
            "pre-register-form:vehicle", "pre-register-form:needs", "pre-register-form:photo");

    public void register() {
        RefusalMessages.at(FIELDS);
        try {
            last = registration.preRegister(form, idempotencyKey);
            if (headPhoto.present()) {
                registration.attachHeadPhoto(new RegistryNumber(last.registryNumber()),
                        headPhoto.image(), headPhoto.source());
                headPhoto.clear();
            }
            messages.info("registration.registered", last.registryNumber());
            form = new PreRegistrationForm();
            idempotencyKey = UUID.randomUUID().toString();
            focus = ORDER.get(0); // the next family's head
        } catch (EJBException e) {
            if (!formErrors.show(e, FIELDS)) {
                throw e;
            }
            jakarta.faces.context.FacesContext context = jakarta.faces.context.FacesContext.getCurrentInstance();
            focus = FocusOrder.firstWithMessage(ORDER, id -> !context.getMessageList(id).isEmpty());
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                throw e;
            }
            messages.error("registration.noSite");
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        accept(event.getFile().getContent(), Photo.Source.UPLOAD);
    }

    public void capture(org.primefaces.event.CaptureEvent event) {
        accept(event.getData(), Photo.Source.CAMERA);
    }

    /** Checks and crops the photo at once; it is stored with the household when it is registered. */
    private void accept(byte[] image, Photo.Source source) {
        RefusalMessages.at(Map.of("photo", "pre-register-form:photo"));
        try {
            headPhoto.accept(portraits, image, source);
        } catch (PortraitBusyException e) {
            messages.refusal("pre-register-form:photo", e.messageKey());
        }
    }

    public String getHeadPhotoPreview() {
        return headPhoto.preview();
    }

    /** Proposes the Latin spelling of the head's name while the registrar types; they may correct it. */
    public void proposeLatin() {
        if (form.getHeadNameLatin() == null || form.getHeadNameLatin().isBlank()) {
            form.setHeadNameLatin(Transliteration.toLatin(form.getHeadName()));
        }
    }

    /** The households registered today at this BCP, newest first, a page at a time with the day's total. */
    public PagedList<HouseholdView> getToday() {
        return today;
    }

    private Page<HouseholdView> today(PageRequest request) {
        try {
            return registration.registeredTodayAtMySite(request);
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                throw e;
            }
            return Page.of(List.of(), 0, request);
        }
    }

    public List<String> getVisibleNeedOptions() {
        return VISIBLE_NEEDS;
    }

    /** The client id to focus once this answer is shown, read once. */
    public String getFocus() {
        String once = focus;
        focus = null;
        return once;
    }

    public PreRegistrationForm getForm() { return form; }
    public HouseholdView getLast() { return last; }
}
