package org.refuge.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /api}; resources are versioned below it ({@code /api/v1/...}). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
