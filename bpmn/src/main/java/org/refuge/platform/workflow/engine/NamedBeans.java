package org.refuge.platform.workflow.engine;

import java.util.AbstractMap;
import java.util.Set;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The beans a process names in an expression, such as {@code flowable:delegateExpression="${breachRecorder}"}, found
 * by their CDI name: a delegate is a {@code @Named} bean, so adding one needs no change to the engine. Flowable asks
 * only {@link #containsKey} and {@link #get}; the map is not enumerable. A {@code @Dependent} delegate is made anew
 * for each step that names it.
 */
final class NamedBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    NamedBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && !beanManager.getBeans(name).isEmpty();
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Set<Bean<?>> named = beanManager.getBeans(name);
        if (named.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(named);
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
