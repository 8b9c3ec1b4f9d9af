package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.CatalogueForms.ItemForm;
import org.refuge.assistance.application.CatalogueForms.PartnerForm;
import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.CatalogueService.ItemRow;
import org.refuge.assistance.application.CatalogueService.PartnerRow;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.ItemUnit;
import org.refuge.assistance.domain.PartnerKind;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;

/** The assistance items and partners: the administrator adds them, corrects them and switches them off. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    private List<ItemRow> items;
    private List<PartnerRow> partners;
    private ItemForm item = new ItemForm();
    private boolean editingItem;
    private PartnerForm partner = new PartnerForm();
    private boolean editingPartner;

    public List<ItemRow> getItems() {
        if (items == null) {
            items = catalogue.items();
        }
        return items;
    }

    public List<PartnerRow> getPartners() {
        if (partners == null) {
            partners = catalogue.partners();
        }
        return partners;
    }

    public void newItem() {
        item = new ItemForm();
        editingItem = false;
    }

    public void editItem(ItemRow row) {
        item = new ItemForm();
        item.setCode(row.code());
        item.setNameEn(row.nameEn());
        item.setNameHy(row.nameHy());
        item.setNameRu(row.nameRu());
        item.setUnit(row.unit());
        item.setCategory(row.category());
        item.setActive(row.active());
        editingItem = true;
    }

    public void saveItem() {
        Map<String, String> fields = Map.of("code", "catalogue-tabs:item-form:code", "nameEn", "catalogue-tabs:item-form:name-en", "nameHy", "catalogue-tabs:item-form:name-hy",
                "nameRu", "catalogue-tabs:item-form:name-ru", "unit", "catalogue-tabs:item-form:unit", "category", "catalogue-tabs:item-form:category");
        boolean saved = changes.run(() -> {
            if (editingItem) {
                catalogue.changeItem(item);
            } else {
                catalogue.addItem(item);
            }
        }, fields, null);
        if (saved) {
            messages.info(editingItem ? "assistance.item.updated" : "assistance.item.created", item.getCode().strip());
            newItem();
            items = null;
        }
    }

    public void newPartner() {
        partner = new PartnerForm();
        editingPartner = false;
    }

    public void editPartner(PartnerRow row) {
        partner = new PartnerForm();
        partner.setCode(row.code());
        partner.setName(row.name());
        partner.setKind(row.kind());
        partner.setActive(row.active());
        editingPartner = true;
    }

    public void savePartner() {
        Map<String, String> fields = Map.of("code", "catalogue-tabs:partner-form:code", "name", "catalogue-tabs:partner-form:name", "kind", "catalogue-tabs:partner-form:kind");
        boolean saved = changes.run(() -> {
            if (editingPartner) {
                catalogue.changePartner(partner);
            } else {
                catalogue.addPartner(partner);
            }
        }, fields, null);
        if (saved) {
            messages.info(editingPartner ? "assistance.partner.updated" : "assistance.partner.created", partner.getCode().strip());
            newPartner();
            partners = null;
        }
    }

    public ItemUnit[] getUnits() { return ItemUnit.values(); }
    public ItemCategory[] getCategories() { return ItemCategory.values(); }
    public PartnerKind[] getKinds() { return PartnerKind.values(); }
    public ItemForm getItem() { return item; }
    public boolean isEditingItem() { return editingItem; }
    public PartnerForm getPartner() { return partner; }
    public boolean isEditingPartner() { return editingPartner; }
}
