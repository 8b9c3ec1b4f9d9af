package org.refuge.emergency.application;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.refuge.emergency.domain.InfluxEvent;

/** What a supervisor types to declare an influx event. */
public class DeclareInfluxForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{refuge.influx.name.required}")
    @Size(max = 200, message = "{refuge.influx.name.size}")
    private String name;

    @Min(value = 1, message = "{refuge.influx.threshold.range}")
    @Max(value = 100_000_000, message = "{refuge.influx.threshold.range}")
    private int threshold = InfluxEvent.DEFAULT_THRESHOLD;

    public DeclareInfluxForm() {
    }

    public DeclareInfluxForm(String name, int threshold) {
        this.name = name;
        this.threshold = threshold;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getThreshold() { return threshold; }
    public void setThreshold(int threshold) { this.threshold = threshold; }
}
