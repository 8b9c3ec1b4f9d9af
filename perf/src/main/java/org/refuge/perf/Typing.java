package org.refuge.perf;

/** The script a registrar types a name in: the person's own, Cyrillic (from Russian-language papers) or Latin (from a passport). */
public enum Typing {
    NATIVE, CYRILLIC, LATIN
}
