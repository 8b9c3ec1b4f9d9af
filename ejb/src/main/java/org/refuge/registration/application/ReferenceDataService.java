package org.refuge.registration.application;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;

/**
 * The registration's reference lists: countries (ISO 3166-1 alpha-3), languages (ISO 639), document types and the
 * UNHCR specific-needs codes. Everyone reads them; the admin adds codes and deactivates those no longer to be chosen
 * (records keep the codes they were made with, so nothing is deleted).
 */
@Stateless
public class ReferenceDataService {

    /** The lists the admin edits. */
    public enum ReferenceList {
        COUNTRY("country"), LANGUAGE("language"), DOCUMENT_TYPE("document_type"), SPECIFIC_NEED("specific_need");

        private final String table;

        ReferenceList(String table) {
            this.table = table;
        }
    }

    public record Country(String code, String alpha2, boolean active) {
        /** The country's name in a UI language, from ICU's locale data. */
        public String name(Locale locale) {
            return new com.ibm.icu.util.ULocale("", alpha2).getDisplayCountry(com.ibm.icu.util.ULocale.forLocale(locale));
        }
    }

    public record Language(String code, boolean active) {
        /** The language's name in a UI language, from ICU's locale data. */
        public String name(Locale locale) {
            return new com.ibm.icu.util.ULocale(code).getDisplayLanguage(com.ibm.icu.util.ULocale.forLocale(locale));
        }
    }

    public record DocumentType(String code, String labelEn, String labelHy, String labelRu, boolean active) {
        /** The label in a UI language (en, hy, ru), English otherwise. */
        public String label(Locale locale) {
            return switch (locale.getLanguage()) {
                case "hy" -> labelHy;
                case "ru" -> labelRu;
                default -> labelEn;
            };
        }
    }

    public record SpecificNeed(String code, String category, boolean sensitive, boolean active) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<Country> countries() {
        return rows("SELECT code, alpha2, active FROM country ORDER BY code").stream()
                .map(r -> new Country(r.get("code", String.class), r.get("alpha2", String.class), r.get("active", Boolean.class))).toList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<Language> languages() {
        return rows("SELECT code, active FROM language ORDER BY code").stream()
                .map(r -> new Language(r.get("code", String.class), r.get("active", Boolean.class))).toList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<DocumentType> documentTypes() {
        return rows("SELECT code, label_en, label_hy, label_ru, active FROM document_type ORDER BY code").stream()
                .map(r -> new DocumentType(r.get("code", String.class), r.get("label_en", String.class), r.get("label_hy", String.class),
                        r.get("label_ru", String.class), r.get("active", Boolean.class))).toList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
            Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
    public List<SpecificNeed> specificNeeds() {
        return rows("SELECT code, category, sensitive, active FROM specific_need ORDER BY code").stream()
                .map(r -> new SpecificNeed(r.get("code", String.class), r.get("category", String.class), r.get("sensitive", Boolean.class),
                        r.get("active", Boolean.class))).toList();
    }

    /** Makes a code choosable again, or no longer choosable; existing records keep it. */
    @RolesAllowed(Roles.ADMIN)
    public void setActive(@NotNull ReferenceList list, @NotBlank @Size(max = 20) String code, boolean active) {
        int updated = em.createNativeQuery("UPDATE " + list.table + " SET active = :active WHERE code = :code")
                .setParameter("active", active).setParameter("code", code).executeUpdate();
        if (updated == 0) {
            throw Refusal.invalid("code", "refuge.person.code.unknown", code);
        }
        audit.record(AuditAction.UPDATE, "ReferenceData", list.name() + ":" + code, active ? "activated" : "deactivated");
    }

    /** Adds a document type or changes its labels. */
    @RolesAllowed(Roles.ADMIN)
    public void saveDocumentType(@NotNull @Pattern(regexp = "^[A-Z][A-Z_]{1,19}$", message = "{refuge.person.document.type}") String code,
                                 @NotBlank(message = "{refuge.reference.label.required}") @Size(max = 100) String labelEn,
                                 @NotBlank(message = "{refuge.reference.label.required}") @Size(max = 100) String labelHy,
                                 @NotBlank(message = "{refuge.reference.label.required}") @Size(max = 100) String labelRu) {
        em.createNativeQuery("INSERT INTO document_type (code, label_en, label_hy, label_ru) VALUES (:c, :en, :hy, :ru) "
                        + "ON CONFLICT (code) DO UPDATE SET label_en = :en, label_hy = :hy, label_ru = :ru")
                .setParameter("c", code).setParameter("en", labelEn.strip()).setParameter("hy", labelHy.strip())
                .setParameter("ru", labelRu.strip()).executeUpdate();
        audit.record(AuditAction.UPDATE, "ReferenceData", "DOCUMENT_TYPE:" + code, "saved");
    }

    /** Adds a language by its ISO 639 code (names come from ICU in each UI language). */
    @RolesAllowed(Roles.ADMIN)
    public void addLanguage(@NotNull @Pattern(regexp = "^[a-z]{2,3}$", message = "{refuge.person.language.code}") String code) {
        em.createNativeQuery("INSERT INTO language (code) VALUES (:c) ON CONFLICT (code) DO UPDATE SET active = true")
                .setParameter("c", code).executeUpdate();
        audit.record(AuditAction.UPDATE, "ReferenceData", "LANGUAGE:" + code, "added");
    }

    /** The rows of a reference list, each read by its column's name. */
    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql) {
        return em.createNativeQuery(sql, Tuple.class).getResultList();
    }
}
