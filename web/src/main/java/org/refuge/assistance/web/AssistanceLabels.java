package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.CatalogueService.ItemRow;
import org.refuge.assistance.application.CatalogueService.PartnerRow;

/** Items and partners by code for the assistance screens: names in the page's language, the active ones to choose from. */
@Named
@ViewScoped
public class AssistanceLabels implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    private Map<String, ItemRow> items;
    private Map<String, PartnerRow> partners;

    /** The item's name in the page's language, or its code when unknown. */
    public String item(String code) {
        ItemRow item = itemRow(code);
        return item == null ? code : item.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The item's unit (for the bundle key {@code assistance.unit.<UNIT>}). */
    public String unit(String code) {
        ItemRow item = itemRow(code);
        return item == null ? "" : item.unit().name();
    }

    public String partner(String code) {
        PartnerRow partner = partners().get(code);
        return partner == null ? code : partner.name();
    }

    public List<ItemRow> getActiveItems() {
        return items().values().stream().filter(ItemRow::active).toList();
    }

    public List<PartnerRow> getActivePartners() {
        return partners().values().stream().filter(PartnerRow::active).toList();
    }

    /** The item, read again when the view's copy of the catalogue predates it (an item added while the page was open). */
    private ItemRow itemRow(String code) {
        ItemRow item = items().get(code);
        if (item == null && code != null) {
            items = null;
            item = items().get(code);
        }
        return item;
    }

    private Map<String, ItemRow> items() {
        if (items == null) {
            items = new LinkedHashMap<>();
            catalogue.items().forEach(i -> items.put(i.code(), i));
        }
        return items;
    }

    private Map<String, PartnerRow> partners() {
        if (partners == null) {
            partners = new LinkedHashMap<>();
            catalogue.partners().forEach(p -> partners.put(p.code(), p));
        }
        return partners;
    }
}
