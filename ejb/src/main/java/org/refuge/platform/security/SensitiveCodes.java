package org.refuge.platform.security;

import java.util.Set;

/**
 * The specific-need codes that are {@link Sensitivity#SENSITIVE_NEEDS}: reference data owned by registration, which
 * implements this port.
 */
public interface SensitiveCodes {

    Set<String> sensitiveNeedCodes();
}
