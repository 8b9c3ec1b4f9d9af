package org.refuge.assistance.children;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A family-tracing request: whose relative is sought, the relative's name in any script, birth year (approximate) and relation. */
public class TracingForm {

    @NotNull(message = "{refuge.tracing.person}")
    private UUID personId;

    @NotBlank(message = "{refuge.tracing.name}")
    @Size(max = 200, message = "{refuge.tracing.name}")
    @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.tracing.name}")
    private String soughtName;

    @Min(value = 1900, message = "{refuge.tracing.birthYear}")
    @Max(value = 2100, message = "{refuge.tracing.birthYear}")
    private Integer birthYear;

    @Min(value = 0, message = "{refuge.tracing.tolerance}")
    @Max(value = 15, message = "{refuge.tracing.tolerance}")
    private Integer yearTolerance;

    @NotNull(message = "{refuge.child.relation}")
    private Relation relation;

    public TracingForm() {
    }

    public UUID getPersonId() { return personId; }
    public void setPersonId(UUID personId) { this.personId = personId; }
    public String getSoughtName() { return soughtName; }
    public void setSoughtName(String soughtName) { this.soughtName = soughtName; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public Integer getYearTolerance() { return yearTolerance; }
    public void setYearTolerance(Integer yearTolerance) { this.yearTolerance = yearTolerance; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
}
