package org.refuge.platform.web;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.refuge.platform.security.Roles;

/**
 * The menu: each entry lists the roles it is for and appears only for them. Hiding an entry is convenience;
 * the page's service refuses the other roles on its own.
 */
@Named
@RequestScoped
public class NavigationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A menu entry: bundle key of its label, outcome, PrimeIcons class and the roles that see it. */
    public record Entry(String labelKey, String outcome, String icon, List<String> roles) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("menu.home", "/index", "pi pi-home", Roles.ALL),
            new Entry("menu.dashboard", "/reporting/dashboard", "pi pi-chart-bar", List.of(Roles.SUPERVISOR, Roles.CAMP_MANAGER,
                    Roles.SOCIAL_WORKER)),
            new Entry("menu.statistics", "/reporting/statistics", "pi pi-table", List.of(Roles.SUPERVISOR, Roles.CASEWORKER)),
            new Entry("menu.preRegister", "/registration/pre-register", "pi pi-user-plus", List.of(Roles.REGISTRAR)),
            new Entry("menu.household", "/registration/household", "pi pi-search", List.of(Roles.REGISTRAR,
                    Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER)),
            new Entry("menu.inbox.registrar", "/platform/inbox", "pi pi-inbox", List.of(Roles.REGISTRAR)),
            new Entry("menu.inbox.medical", "/platform/inbox", "pi pi-heart", List.of(Roles.MEDICAL)),
            new Entry("menu.inbox.police", "/platform/inbox", "pi pi-shield", List.of(Roles.POLICE)),
            new Entry("menu.inbox.camp", "/platform/inbox", "pi pi-inbox", List.of(Roles.CAMP_MANAGER)),
            new Entry("menu.inbox.caseworker", "/platform/inbox", "pi pi-inbox", List.of(Roles.CASEWORKER)),
            new Entry("menu.inbox.social", "/platform/inbox", "pi pi-inbox", List.of(Roles.SOCIAL_WORKER)),
            new Entry("menu.inbox.supervisor", "/platform/inbox", "pi pi-inbox", List.of(Roles.SUPERVISOR)),
            new Entry("menu.taskSupervision", "/platform/task-supervision", "pi pi-users", List.of(Roles.SUPERVISOR)),
            new Entry("menu.duplicates", "/registration/duplicates", "pi pi-clone", List.of(Roles.CASEWORKER, Roles.SUPERVISOR)),
            new Entry("menu.influx", "/emergency/influx-events", "pi pi-exclamation-triangle", List.of(Roles.SUPERVISOR)),
            new Entry("menu.camps", "/camps/camps", "pi pi-th-large", List.of(Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER)),
            new Entry("menu.allocation", "/camps/allocation", "pi pi-sort-amount-down", List.of(Roles.CAMP_MANAGER, Roles.SUPERVISOR)),
            new Entry("menu.stock", "/assistance/stock", "pi pi-box", List.of(Roles.CAMP_MANAGER, Roles.SUPERVISOR)),
            new Entry("menu.children", "/assistance/children", "pi pi-heart", List.of(Roles.SOCIAL_WORKER, Roles.SUPERVISOR)),
            new Entry("menu.tracing", "/assistance/tracing", "pi pi-search", List.of(Roles.SOCIAL_WORKER, Roles.SUPERVISOR)),
            new Entry("menu.entitlements", "/assistance/entitlements", "pi pi-gift", List.of(Roles.SUPERVISOR, Roles.CAMP_MANAGER,
                    Roles.SOCIAL_WORKER, Roles.ADMIN)),
            new Entry("menu.followUp", "/assistance/follow-up-cases", "pi pi-heart-fill", List.of(Roles.SOCIAL_WORKER, Roles.SUPERVISOR)),
            new Entry("menu.rounds", "/assistance/rounds", "pi pi-calendar", List.of(Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER)),
            new Entry("menu.desk", "/assistance/desk", "pi pi-qrcode", List.of(Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.SUPERVISOR)),
            new Entry("menu.protectionWorklist", "/protection/worklist", "pi pi-list-check", List.of(Roles.CASEWORKER, Roles.SUPERVISOR)),
            new Entry("menu.protectionDecisions", "/protection/decisions", "pi pi-verified", List.of(Roles.CASEWORKER, Roles.SUPERVISOR)),
            new Entry("menu.cardWorklist", "/protection/card-worklist", "pi pi-list", List.of(Roles.POLICE, Roles.SUPERVISOR)),
            new Entry("menu.documents", "/protection/documents", "pi pi-id-card", List.of(Roles.POLICE, Roles.SUPERVISOR)),
            new Entry("menu.deadlines", "/protection/deadlines", "pi pi-clock", List.of(Roles.SUPERVISOR)),
            new Entry("menu.photoPrint", "/protection/photo-print", "pi pi-images", List.of(Roles.REGISTRAR)),
            new Entry("menu.verify", "/protection/verify", "pi pi-qrcode", List.of(Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR,
                    Roles.CASEWORKER)),
            new Entry("menu.sites", "/platform/sites", "pi pi-map-marker", List.of(Roles.ADMIN, Roles.SUPERVISOR)),
            new Entry("menu.referenceData", "/registration/reference-data", "pi pi-list", List.of(Roles.ADMIN)),
            new Entry("menu.assistanceCatalogue", "/assistance/catalogue", "pi pi-shopping-bag", List.of(Roles.ADMIN)),
            new Entry("menu.audit", "/platform/audit", "pi pi-eye", List.of(Roles.AUDITOR)));

    public List<Entry> getEntries() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return ENTRIES.stream().filter(e -> e.roles().stream().anyMatch(context::isUserInRole)).toList();
    }
}
