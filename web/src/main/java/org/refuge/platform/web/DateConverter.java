package org.refuge.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * A date field ({@code <f:converter converterId="refuge.date"/>}): shown in the page's pattern, read in either
 * accepted form ({@link Dates#parseDate}). A text that is no date is refused with the field's
 * {@code converterMessage}, or the bundle's {@code format.date.invalid}.
 */
@Dependent   // a CDI bean (beans.xml discovers annotated classes only), so that Dates is injected
@FacesConverter(value = "refuge.date", managed = true)
public class DateConverter implements Converter<LocalDate> {

    @Inject
    Dates dates;

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Dates.parseDate(value);
        } catch (DateTimeException e) {
            throw new ConverterException(Converters.refusal(context, component, "format.date.invalid"), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : dates.date(value);
    }
}
