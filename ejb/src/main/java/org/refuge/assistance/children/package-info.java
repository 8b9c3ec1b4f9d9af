/**
 * Child protection within assistance (issue 14, item 8): unaccompanied and separated children (UNHCR SC-UC, SC-SC),
 * their caregiver or guardian, the best-interests assessment due within 24 hours (a workflow port the {@code bpmn}
 * module implements) and family tracing (FU-TR). It reads registration through its published view
 * {@code registration_separated_child}, {@code registry_member} and the read API {@code RelativeSearch}, camps through
 * {@code camps_household_placement} and its {@code HouseholdPlaced} event; it owns the tables
 * {@code assistance_caregiver}, {@code assistance_best_interests}, {@code assistance_tracing_*} and publishes the view
 * {@code assistance_unaccompanied_household}, which camps' allocation reads to keep an unaccompanied child without a
 * caregiver arrangement away from unrelated adults.
 */
package org.refuge.assistance.children;
