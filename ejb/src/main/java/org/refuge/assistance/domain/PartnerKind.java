package org.refuge.assistance.domain;

/** Who a source of assistance is: the state (its reserve, a ministry), a UN agency, the Red Cross/Red Crescent, an NGO, a donor. */
public enum PartnerKind {
    STATE, UN_AGENCY, RED_CROSS, NGO, DONOR, OTHER
}
