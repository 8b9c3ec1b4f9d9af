package org.refuge.platform.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Applies the data-protection policy to a read model: every {@link Classified} component that the reader's roles may
 * not read is redacted, in records nested at any depth, in lists, sets and optionals, and in generic records (a
 * {@code Page} of read models) by what they hold at run time. Records without classified components (at any depth)
 * are returned as they are, at the cost of one cached look-up per record type.
 */
public final class Redaction {

    private static final Map<Class<?>, Boolean> HOLDS_CLASSIFIED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Boolean> HOLDS_TYPE_VARIABLES = new ConcurrentHashMap<>();

    private static final Map<Class<?>, Object> ZEROS = Map.of(int.class, 0, long.class, 0L, double.class, 0.0, float.class, 0f,
            short.class, (short) 0, byte.class, (byte) 0, char.class, '\0');

    private final Collection<String> roles;
    private final Supplier<Set<String>> sensitiveCodes;

    /**
     * @param roles          the roles the reader acts in
     * @param sensitiveCodes the sensitive specific-need codes, asked for only when a need set must be filtered
     */
    public Redaction(Collection<String> roles, Supplier<Set<String>> sensitiveCodes) {
        this.roles = roles;
        this.sensitiveCodes = sensitiveCodes;
    }

    public boolean mayRead(Sensitivity sensitivity) {
        return sensitivity.readableBy(roles);
    }

    /** The value as this reader may see it. */
    @SuppressWarnings("unchecked")
    public <T> T apply(T value) {
        return (T) redact(value);
    }

    /** A specific-need set without the codes this reader may not see. */
    public Set<String> visibleNeeds(Collection<String> codes) {
        if (codes == null || codes.isEmpty() || mayRead(Sensitivity.SENSITIVE_NEEDS)) {
            return codes == null ? Set.of() : Set.copyOf(codes);
        }
        Set<String> hidden = sensitiveCodes.get();
        return codes.stream().filter(code -> code != null && !hidden.contains(code)).collect(Collectors.toCollection(TreeSet::new));
    }

    private Object redact(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().noneMatch(e -> e != null && holdsClassified(e.getClass())) ? list
                    : list.stream().map(this::redact).collect(Collectors.toCollection(ArrayList::new));
        }
        if (value instanceof Set<?> set) {
            if (set.stream().noneMatch(e -> e != null && holdsClassified(e.getClass()))) {
                return set;
            }
            return set.stream().map(this::redact).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(this::redact);
        }
        Class<?> type = value.getClass();
        // a generic record (a page of rows) says what it holds only at run time: its components are looked into
        if (!type.isRecord() || !holdsClassified(type) && !holdsTypeVariables(type)) {
            return value;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object component = components[i].getAccessor().invoke(value);
                Classified classified = components[i].getAnnotation(Classified.class);
                values[i] = classified != null && !mayRead(classified.value()) && applies(classified, component)
                        ? redacted(classified, component, components[i].getType())
                        : redact(component);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot redact " + type.getName(), e);
        }
    }

    private static boolean applies(Classified classified, Object value) {
        return classified.when().length == 0 || (value != null && Arrays.asList(classified.when()).contains(value.toString()));
    }

    @SuppressWarnings("unchecked")
    private Object redacted(Classified classified, Object value, Class<?> type) {
        if (classified.value() == Sensitivity.SENSITIVE_NEEDS && value instanceof Collection<?> codes) {
            Set<String> visible = visibleNeeds((Collection<String>) codes);
            return List.class.isAssignableFrom(type) ? new ArrayList<>(visible) : visible;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type.isPrimitive()) {
            return ZEROS.get(type);
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Optional.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        return null;
    }

    /** Whether a record type has a classified component, itself or in a nested record (looked up once per type). */
    static boolean holdsClassified(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        Boolean known = HOLDS_CLASSIFIED.get(type);
        if (known != null) {
            return known;
        }
        HOLDS_CLASSIFIED.put(type, false); // a record that refers to itself ends here
        boolean holds = false;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(Classified.class) || holdsClassified(component.getType())
                    || elementHoldsClassified(component)) {
                holds = true;
                break;
            }
        }
        HOLDS_CLASSIFIED.put(type, holds);
        return holds;
    }

    /**
     * Whether a record type has a component whose type is a type variable or has one among its type arguments (the
     * rows of a {@code Page<T>}), itself or in a nested record: only the values tell whether it holds classified ones.
     */
    static boolean holdsTypeVariables(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        Boolean known = HOLDS_TYPE_VARIABLES.get(type);
        if (known != null) {
            return known;
        }
        HOLDS_TYPE_VARIABLES.put(type, false); // a record that refers to itself ends here
        boolean holds = false;
        for (RecordComponent component : type.getRecordComponents()) {
            if (variable(component.getGenericType()) || holdsTypeVariables(component.getType())) {
                holds = true;
                break;
            }
        }
        HOLDS_TYPE_VARIABLES.put(type, holds);
        return holds;
    }

    private static boolean variable(java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.TypeVariable<?> || type instanceof java.lang.reflect.WildcardType) {
            return true;
        }
        return type instanceof java.lang.reflect.ParameterizedType generic
                && Arrays.stream(generic.getActualTypeArguments()).anyMatch(Redaction::variable);
    }

    private static boolean elementHoldsClassified(RecordComponent component) {
        if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic) {
            for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
                if (argument instanceof Class<?> element && holdsClassified(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
