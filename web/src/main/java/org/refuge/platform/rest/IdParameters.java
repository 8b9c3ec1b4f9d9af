package org.refuge.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.CampCode;
import org.refuge.shared.DocumentNumber;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Path and query parameters that name a registry number, a site, a camp, a person or a document arrive as the shared
 * kernel's value objects, parsed once here: a resource method declares {@code @PathParam("number") RegistryNumber
 * number} and never normalises text. A value that is not one is refused with the kernel's sentence in the caller's
 * language: in a path as {@link Refusal.Kind#NOT_FOUND} (no record can have that address), in a query as
 * {@link Refusal.Kind#INVALID} naming the parameter.
 */
@Provider
public class IdParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Parser<?>> PARSERS = Map.of(
            RegistryNumber.class, new Parser<>(RegistryNumber::parse, "refuge.id.registryNumber"),
            SiteCode.class, new Parser<>(SiteCode::parse, "refuge.id.siteCode"),
            CampCode.class, new Parser<>(CampCode::parse, "refuge.id.campCode"),
            PersonId.class, new Parser<>(PersonId::parse, "refuge.id.personId"),
            DocumentNumber.class, new Parser<>(DocumentNumber::parse, "refuge.id.documentNumber"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser<T> parser = (Parser<T>) PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return new Converter<>(parser, query.value());
            }
        }
        return new Converter<>(parser, null);
    }

    private record Parser<T>(Function<String, T> parse, String messageKey) {
    }

    /** @param query the query parameter's name, or null for a path parameter */
    private record Converter<T>(Parser<T> parser, String query) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.parse().apply(value);
            } catch (IllegalArgumentException e) {
                throw query == null ? Refusal.notFound(parser.messageKey()) : Refusal.invalid(query, parser.messageKey());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
