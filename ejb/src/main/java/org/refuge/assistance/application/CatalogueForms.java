package org.refuge.assistance.application;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.domain.AssistanceItem;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.ItemUnit;
import org.refuge.assistance.domain.Partner;
import org.refuge.assistance.domain.PartnerKind;

/** What an administrator types to add or change an item or a partner; validated at the boundary. */
public final class CatalogueForms {

    /** Codes: capitals, digits, dashes and underscores, 2-40 long (lower case and blanks around are accepted as typed). */
    static final String CODE = "\\s*[A-Za-z0-9][A-Za-z0-9_-]{1,39}\\s*";

    private CatalogueForms() {
    }

    /** An item: its code, unit and category are fixed once it exists; its names may be corrected. */
    public static class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.assistance.code.required}")
        @Pattern(regexp = CODE, message = "{refuge.assistance.code.format}")
        private String code;
        @NotBlank(message = "{refuge.assistance.name.required}") @Size(max = 200, message = "{refuge.assistance.name.size}")
        private String nameEn;
        @NotBlank(message = "{refuge.assistance.name.required}") @Size(max = 200, message = "{refuge.assistance.name.size}")
        private String nameHy;
        @NotBlank(message = "{refuge.assistance.name.required}") @Size(max = 200, message = "{refuge.assistance.name.size}")
        private String nameRu;
        @NotNull(message = "{refuge.assistance.item.unit}")
        private ItemUnit unit;
        @NotNull(message = "{refuge.assistance.item.category}")
        private ItemCategory category;
        private Boolean active;

        public static ItemForm of(AssistanceItem item) {
            ItemForm form = new ItemForm();
            form.code = item.code();
            form.nameEn = item.nameEn();
            form.nameHy = item.nameHy();
            form.nameRu = item.nameRu();
            form.unit = item.unit();
            form.category = item.category();
            form.active = item.active();
            return form;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getNameHy() { return nameHy; }
        public void setNameHy(String nameHy) { this.nameHy = nameHy; }
        public String getNameRu() { return nameRu; }
        public void setNameRu(String nameRu) { this.nameRu = nameRu; }
        public ItemUnit getUnit() { return unit; }
        public void setUnit(ItemUnit unit) { this.unit = unit; }
        public ItemCategory getCategory() { return category; }
        public void setCategory(ItemCategory category) { this.category = category; }
        /** On a change: whether the item stays offered (null: unchanged). */
        public Boolean getActive() { return active; }
        public void setActive(Boolean active) { this.active = active; }
    }

    /** A partner: its code is fixed once it exists. */
    public static class PartnerForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.assistance.code.required}")
        @Pattern(regexp = CODE, message = "{refuge.assistance.code.format}")
        private String code;
        @NotBlank(message = "{refuge.assistance.name.required}") @Size(max = 200, message = "{refuge.assistance.name.size}")
        private String name;
        @NotNull(message = "{refuge.assistance.partner.kind}")
        private PartnerKind kind;
        private Boolean active;

        public static PartnerForm of(Partner partner) {
            PartnerForm form = new PartnerForm();
            form.code = partner.code();
            form.name = partner.name();
            form.kind = partner.kind();
            form.active = partner.active();
            return form;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public PartnerKind getKind() { return kind; }
        public void setKind(PartnerKind kind) { this.kind = kind; }
        public Boolean getActive() { return active; }
        public void setActive(Boolean active) { this.active = active; }
    }
}
