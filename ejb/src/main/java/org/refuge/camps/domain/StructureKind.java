package org.refuge.camps.domain;

/**
 * What a camp is built of, after the action plan: accommodation tents, a separate tent each for the migration
 * service's staff, for medical staff and social workers, and for the police, and the water and sanitary points.
 */
public enum StructureKind {
    TENT, SMS_STAFF_TENT, MEDICAL_SOCIAL_TENT, POLICE_TENT, WATER_SANITARY_POINT
}
