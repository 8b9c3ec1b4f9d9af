package org.refuge.protection.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The government's decree as a supervisor records it; validated at the boundary. */
public class DecreeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The influx event the decree answers, if any: its action plan's decree measure is then done. */
    private UUID influxEventId;
    @NotBlank(message = "{refuge.decree.number}") @Size(max = 60, message = "{refuge.decree.number}")
    private String number;
    @NotNull(message = "{refuge.decree.adoptedOn}") @PastOrPresent(message = "{refuge.decree.adoptedOn}")
    private LocalDate adoptedOn;
    @NotNull(message = "{refuge.decree.inForceFrom}")
    private LocalDate inForceFrom;
    @Size(max = 300, message = "{refuge.decree.citizenships}")
    private List<@NotNull(message = "{refuge.decree.citizenships}") @Pattern(regexp = "[A-Z]{3}", message = "{refuge.decree.citizenships}") String> citizenships = new ArrayList<>();
    private boolean coversStateless;
    @NotNull(message = "{refuge.decree.arrivedFrom}")
    private LocalDate arrivedFrom;
    private LocalDate arrivedUntil;

    @AssertTrue(message = "{refuge.decree.inForceFrom}")
    public boolean isInForceAfterAdoption() {
        return adoptedOn == null || inForceFrom == null || !inForceFrom.isBefore(adoptedOn);
    }

    @AssertTrue(message = "{refuge.decree.arrivedUntil}")
    public boolean isArrivalWindowOrdered() {
        return arrivedFrom == null || arrivedUntil == null || !arrivedUntil.isBefore(arrivedFrom);
    }

    @AssertTrue(message = "{refuge.decree.citizenships}")
    public boolean isSomeoneCovered() {
        return coversStateless || (citizenships != null && !citizenships.isEmpty());
    }

    public UUID getInfluxEventId() { return influxEventId; }
    public void setInfluxEventId(UUID influxEventId) { this.influxEventId = influxEventId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
    public LocalDate getInForceFrom() { return inForceFrom; }
    public void setInForceFrom(LocalDate inForceFrom) { this.inForceFrom = inForceFrom; }
    public List<String> getCitizenships() { return citizenships; }
    public void setCitizenships(List<String> citizenships) { this.citizenships = citizenships == null ? new ArrayList<>() : citizenships; }
    public boolean isCoversStateless() { return coversStateless; }
    public void setCoversStateless(boolean coversStateless) { this.coversStateless = coversStateless; }
    public LocalDate getArrivedFrom() { return arrivedFrom; }
    public void setArrivedFrom(LocalDate arrivedFrom) { this.arrivedFrom = arrivedFrom; }
    public LocalDate getArrivedUntil() { return arrivedUntil; }
    public void setArrivedUntil(LocalDate arrivedUntil) { this.arrivedUntil = arrivedUntil; }
}
