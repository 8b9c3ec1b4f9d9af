package org.refuge.assistance.children;

import java.util.List;

/** The UNHCR specific-need codes that make a child one child protection follows here. */
public final class ChildCodes {

    /** Unaccompanied child: separated from both parents and other relatives, cared for by no adult responsible for them. */
    public static final String UNACCOMPANIED = "SC-UC";

    /** Separated child: separated from both parents, possibly with other relatives. */
    public static final String SEPARATED = "SC-SC";

    public static final List<String> ALL = List.of(UNACCOMPANIED, SEPARATED);

    private ChildCodes() {
    }
}
