package org.refuge.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Typed;

/** {@link PageChanges} for a page whose refusals all read as the service words them. */
@RequestScoped
@Typed(Changes.class)
public class Changes extends PageChanges {
}
