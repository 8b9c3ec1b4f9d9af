package org.refuge.camps.domain;

/** A transfer from a border crossing point to a camp: planned, on the road, arrived. */
public enum ManifestStatus {
    PLANNED, DEPARTED, ARRIVED
}
