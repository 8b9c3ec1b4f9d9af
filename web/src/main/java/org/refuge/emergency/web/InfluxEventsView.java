package org.refuge.emergency.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.emergency.application.DeclareInfluxForm;
import org.refuge.emergency.application.EmergencyService;
import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;

/**
 * Supervisors declare influx events and see the recent ones with their arrivals against the threshold, each a click
 * away from its action plan; declaring starts the mass-influx response.
 */
@Named
@ViewScoped
public class InfluxEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmergencyService emergencies;

    @Inject
    Messages messages;

    private DeclareInfluxForm form = new DeclareInfluxForm();
    /** The form's Idempotency-Key, the same for a resent request; a new one after each declaration. */
    private String formKey = java.util.UUID.randomUUID().toString();
    /** The events as a lazy table, newest first: each page is one query, the paginator shows the total. */
    private final PagedList<InfluxEvent> recent = new PagedList<InfluxEvent>(request -> emergencies.events(request), e -> e.id().toString()).firstPage(10);
    /** The indicators of the events shown, read once per view (the table shows ten events a page). */
    private transient Map<UUID, EmergencyService.Indicator> indicators;

    public PagedList<InfluxEvent> getRecent() {
        return recent;
    }

    public void declare() {
        InfluxEvent event = emergencies.declare(form, formKey);
        messages.info("influx.declared", event.name());
        form = new DeclareInfluxForm();
        formKey = java.util.UUID.randomUUID().toString();
        indicators = null;
    }

    /**
     * Arrivals since the event was declared against its threshold. Read through the action plan, which also reads
     * the plan's measures: the table pages by ten so that only the events shown are read.
     */
    public EmergencyService.Indicator indicator(InfluxEvent event) {
        if (indicators == null) {
            indicators = new HashMap<>();
        }
        return indicators.computeIfAbsent(event.id(), emergencies::indicator);
    }

    public DeclareInfluxForm getForm() {
        return form;
    }
}
