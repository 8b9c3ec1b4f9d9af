package org.refuge.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
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
 * number} and never normalises text. A value that is not one is refused as {@link Refusal.Kind#INVALID} naming the
 * parameter, so the caller reads which part of the address is wrong, in their language.
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
        return parser == null ? null : new Converter<>(parser, parameterName(annotations));
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record Parser<T>(Function<String, T> parse, String messageKey) {
    }

    private record Converter<T>(Parser<T> parser, String parameter) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.parse().apply(value);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid(parameter, parser.messageKey());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
