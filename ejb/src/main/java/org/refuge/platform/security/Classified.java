package org.refuge.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a component of a read model (or a field of an entity whose history is shown) in a {@link Sensitivity} class.
 * Readers outside the class get the value redacted: a set of specific-need codes loses its sensitive codes, any other
 * value becomes empty (null, false, an empty collection).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Classified {

    Sensitivity value();

    /**
     * When not empty, only these values are classified (compared with the value's {@code toString()}), for example a
     * departure reason that is sensitive only when it is {@code HOSPITAL}.
     */
    String[] when() default {};
}
