package org.refuge.registration.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.ServiceTexts;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.registration.application.ReferenceDataService.ReferenceList;

/**
 * The admin's screen for the registration's reference lists: countries, languages, document types and specific
 * needs; codes are activated or deactivated (never deleted), document types and languages can be added.
 */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    /** One row of any list: code, its name in the page's language, whether it can be chosen. */
    public record Row(String code, String name, boolean active) {
    }

    private String documentCode;
    private String labelEn;
    private String labelHy;
    private String labelRu;
    private String languageCode;

    public List<Row> getCountries() {
        Locale locale = locale();
        return referenceData.countries().stream()
                .map(c -> new Row(c.code(), c.name(locale), c.active())).toList();
    }

    public List<Row> getLanguages() {
        Locale locale = locale();
        return referenceData.languages().stream()
                .map(l -> new Row(l.code(), l.name(locale), l.active())).toList();
    }

    public List<Row> getDocumentTypes() {
        return referenceData.documentTypes().stream().map(d -> new Row(d.code(), d.label(locale()), d.active())).toList();
    }

    public List<Row> getSpecificNeeds() {
        return referenceData.specificNeeds().stream()
                .map(n -> new Row(n.code(), needLabel(n) + (n.sensitive() ? " *" : ""), n.active())).toList();
    }

    /** A code's own label (DS-BD), its category's when the bundle has none. */
    private String needLabel(ReferenceDataService.SpecificNeed need) {
        String own = ServiceTexts.label("need.", need.code(), locale());
        return own.equals(need.code()) ? messages.text("need." + need.category()) : own;
    }

    public void toggle(String list, String code, boolean active) {
        referenceData.setActive(ReferenceList.valueOf(list), code, !active);
        messages.info(active ? "reference.deactivated" : "reference.activated", code);
    }

    public void saveDocumentType() {
        try {
            referenceData.saveDocumentType(documentCode == null ? null : documentCode.strip().toUpperCase(Locale.ROOT),
                    labelEn, labelHy, labelRu);
            messages.info("reference.saved", documentCode);
            documentCode = labelEn = labelHy = labelRu = null;
        } catch (EJBException e) {
            if (!formErrors.show(e, Map.of("code", "document-type-form:code", "labelEn", "document-type-form:en",
                    "labelHy", "document-type-form:hy", "labelRu", "document-type-form:ru"))) {
                throw e;
            }
        }
    }

    public void addLanguage() {
        try {
            referenceData.addLanguage(languageCode == null ? null : languageCode.strip().toLowerCase(Locale.ROOT));
            messages.info("reference.saved", languageCode);
            languageCode = null;
        } catch (EJBException e) {
            if (!formErrors.show(e, Map.of("code", "language-form:code"))) {
                throw e;
            }
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getDocumentCode() { return documentCode; }
    public void setDocumentCode(String documentCode) { this.documentCode = documentCode; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getLabelHy() { return labelHy; }
    public void setLabelHy(String labelHy) { this.labelHy = labelHy; }
    public String getLabelRu() { return labelRu; }
    public void setLabelRu(String labelRu) { this.labelRu = labelRu; }
    public String getLanguageCode() { return languageCode; }
    public void setLanguageCode(String languageCode) { this.languageCode = languageCode; }
}
