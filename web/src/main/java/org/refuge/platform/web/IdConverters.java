package org.refuge.platform.web;

import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.refuge.shared.CampCode;
import org.refuge.shared.DocumentNumber;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The screens' converters of the shared kernel's ids, found by type: a view property of type {@link RegistryNumber}
 * bound to an input or a view parameter is parsed once, and a value that is not one stays in its field with the
 * sentence the API answers, in the page's language.
 */
public final class IdConverters {

    private IdConverters() {
    }

    abstract static class IdConverter<T> implements Converter<T> {

        private final Function<String, T> parse;
        private final String messageKey;

        IdConverter(Function<String, T> parse, String messageKey) {
            this.parse = parse;
            this.messageKey = messageKey;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                String text = Refusals.text(context.getViewRoot().getLocale(), messageKey);
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? "" : value.toString();
        }
    }

    @FacesConverter(forClass = RegistryNumber.class)
    public static class RegistryNumbers extends IdConverter<RegistryNumber> {
        public RegistryNumbers() {
            super(RegistryNumber::parse, "refuge.id.registryNumber");
        }
    }

    @FacesConverter(forClass = SiteCode.class)
    public static class SiteCodes extends IdConverter<SiteCode> {
        public SiteCodes() {
            super(SiteCode::parse, "refuge.id.siteCode");
        }
    }

    @FacesConverter(forClass = CampCode.class)
    public static class CampCodes extends IdConverter<CampCode> {
        public CampCodes() {
            super(CampCode::parse, "refuge.id.campCode");
        }
    }

    @FacesConverter(forClass = PersonId.class)
    public static class PersonIds extends IdConverter<PersonId> {
        public PersonIds() {
            super(PersonId::parse, "refuge.id.personId");
        }
    }

    @FacesConverter(forClass = DocumentNumber.class)
    public static class DocumentNumbers extends IdConverter<DocumentNumber> {
        public DocumentNumbers() {
            super(DocumentNumber::parse, "refuge.id.documentNumber");
        }
    }
}
