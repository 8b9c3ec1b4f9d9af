package org.refuge.platform.site;

/** A border crossing point, where families are registered, or a camp, where they are accommodated. */
public enum SiteKind {
    BCP, CAMP
}
