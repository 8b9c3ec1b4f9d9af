package org.refuge.platform.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteForm;
import org.refuge.platform.site.SiteKind;
import org.refuge.platform.site.SiteService;

/** Border crossing points and camps: the administrator adds and edits them, supervisors read them. */
@Named
@ViewScoped
public class SitesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteService sites;

    @Inject
    Messages messages;

    private List<Site> all;
    private SiteForm form = new SiteForm();
    private boolean editing;
    private boolean active = true;

    public List<Site> getAll() {
        if (all == null) {
            all = sites.all();
        }
        return all;
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public void startNew() {
        form = new SiteForm();
        editing = false;
        active = true;
    }

    public void edit(Site site) {
        form = SiteForm.of(site);
        editing = true;
        active = site.active();
    }

    public void save() {
        RefusalMessages.at(java.util.Map.of("code", "site-form:code"));
        try {
            if (editing) {
                sites.update(form, active);
                messages.info("sites.updated", form.getCode());
            } else {
                Site created = sites.create(form);
                messages.info("sites.created", created.code());
                startNew();
            }
            all = null;
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.NOT_FOUND, Site.UNKNOWN)) {
                throw e;
            }
            messages.error("sites.unknown");
        }
    }

    public SiteForm getForm() { return form; }
    public boolean isEditing() { return editing; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
