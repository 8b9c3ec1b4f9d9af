package org.refuge.platform.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * A date-and-time field to the minute ({@code <f:converter converterId="refuge.dateTime"/>}), on the clock of the BCPs
 * and camps: shown in the page's pattern, read in either accepted form ({@link Dates#parseTime}).
 */
@Dependent   // a CDI bean (beans.xml discovers annotated classes only), so that Dates is injected
@FacesConverter(value = "refuge.dateTime", managed = true)
public class DateTimeConverter implements Converter<LocalDateTime> {

    @Inject
    Dates dates;

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Dates.parseTime(value);
        } catch (DateTimeException e) {
            throw new ConverterException(Converters.refusal(context, component, "format.dateTime.invalid"), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : dates.time(value);
    }
}
