package org.refuge.registration.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.refuge.registration.domain.Portrait;

/** The photo uploads' size limit for the pages ({@code #{photoLimits.maxBytes}}): the API's, one constant. */
@Named
@ApplicationScoped
public class PhotoLimits {

    public long getMaxBytes() {
        return Portrait.MAX_INPUT_BYTES;
    }
}
