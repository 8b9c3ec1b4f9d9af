package org.refuge.emergency.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.emergency.application.DeclareInfluxForm;
import org.refuge.emergency.application.EmergencyService;
import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.platform.web.Messages;

/** Supervisors declare influx events and see the recent ones; declaring starts the mass-influx response. */
@Named
@ViewScoped
public class InfluxEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EmergencyService emergencies;

    @Inject
    Messages messages;

    private DeclareInfluxForm form = new DeclareInfluxForm();
    private List<InfluxEvent> recent;

    public List<InfluxEvent> getRecent() {
        if (recent == null) {
            recent = emergencies.recent(50);
        }
        return recent;
    }

    public void declare() {
        InfluxEvent event = emergencies.declare(form);
        messages.info("influx.declared", event.name());
        form = new DeclareInfluxForm();
        recent = null;
    }

    public DeclareInfluxForm getForm() {
        return form;
    }
}
