package org.refuge.platform.rest;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.refuge.platform.refusal.Refusal;

/**
 * The boundary checks every request body passes before a resource sees it: a method that takes a body gets one (no
 * body, or a JSON {@code null}, answers 400 instead of a null form reaching a service), and no list or map in it has
 * more than {@link #MAX_ENTRIES} entries, nor an empty (null) entry (PostgreSQL binds at most 32,767 parameters in one statement; a longer list
 * would end in a broken connection and a 500).
 */
@Provider
public class RequestBodies implements ContainerRequestFilter, ReaderInterceptor {

    public static final int MAX_ENTRIES = 1000;
    private static final int MAX_DEPTH = 8;
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && takesBody(method) && !request.hasEntity()) {
            throw Refusal.invalid(null, "refuge.request.bodyRequired");
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null) {
            throw Refusal.invalid(null, "refuge.request.bodyRequired");
        }
        checkBody(body);
        return body;
    }

    /** Refuses a body with a list or map over {@link #MAX_ENTRIES} entries or with a null entry, naming its path. */
    static void checkBody(Object body) {
        check(body, "", 0);
    }

    private static boolean takesBody(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            boolean body = true;
            for (Annotation a : annotations) {
                if (NOT_THE_BODY.contains(a.annotationType())) {
                    body = false;
                }
            }
            if (body) {
                return true;
            }
        }
        return false;
    }

    private static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> list) {
            tooMany(list.size(), path);
            int i = 0;
            for (Object element : list) {
                element(element, path + "[" + i++ + "]", depth);
            }
        } else if (value instanceof Map<?, ?> map) {
            tooMany(map.size(), path);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(entry.getValue(), path + "[" + entry.getKey() + "]", depth);
            }
        } else if (value instanceof Object[] array) {
            tooMany(array.length, path);
            for (int i = 0; i < array.length; i++) {
                element(array[i], path + "[" + i + "]", depth);
            }
        } else if (value.getClass().getName().startsWith("org.refuge.")) {
            String prefix = path.isEmpty() ? "" : path + ".";
            if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    try {
                        check(component.getAccessor().invoke(value), prefix + component.getName(), depth + 1);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        if (e instanceof Refusal refused) {
                            throw refused;
                        }
                        // an accessor that cannot be read holds no list we could check
                    }
                }
            } else if (!value.getClass().isEnum()) {
                for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                            continue;
                        }
                        Object fieldValue;
                        try {
                            field.setAccessible(true);
                            fieldValue = field.get(value);
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            continue;   // a field that cannot be read holds no list we could check
                        }
                        check(fieldValue, prefix + field.getName(), depth + 1);
                    }
                }
            }
        }
    }

    /** An entry of a list or map: never null (no list of the API has empty entries), checked in turn. */
    private static void element(Object element, String path, int depth) {
        if (element == null) {
            throw Refusal.invalid(path, "refuge.request.emptyEntry");
        }
        check(element, path, depth + 1);
    }

    private static void tooMany(int size, String path) {
        if (size > MAX_ENTRIES) {
            throw Refusal.invalid(path, "refuge.request.listTooLong", String.valueOf(MAX_ENTRIES));
        }
    }
}
