package org.refuge.registration.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.registration.domain.Composition;

/** What the registrar types at the desk for a household pre-registration; validated at the boundary. */
public class PreRegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Letters of any script, marks, spaces, apostrophes, hyphens and dots; no digits or control characters. */
    static final String NAME = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .'\u2019-]*$";

    /** Null: the registrar's own site, when they have exactly one. */
    @Size(max = 40, message = "{refuge.site.code.format}")
    private String siteCode;

    @NotBlank(message = "{refuge.household.head.required}")
    @Size(max = 200, message = "{refuge.household.head.size}")
    @Pattern(regexp = NAME, message = "{refuge.household.head.letters}")
    private String headName;

    @Size(max = 200, message = "{refuge.household.head.size}")
    @Pattern(regexp = "^$|^[A-Za-z][A-Za-z .'-]*$", message = "{refuge.household.latin.letters}")
    private String headNameLatin;

    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int femaleChildren;
    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int maleChildren;
    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int femaleAdults;
    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int maleAdults;
    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int femaleElderly;
    @Min(value = 0, message = "{refuge.household.count.range}") @Max(value = Composition.MAX_SIZE, message = "{refuge.household.count.range}")
    private int maleElderly;

    @Size(max = 100, message = "{refuge.household.vehicle.size}")
    @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.household.vehicle.control}")
    private String vehicleOrGroup;

    @Size(max = 20, message = "{refuge.household.needs.size}")
    private List<@NotNull(message = "{refuge.household.needs.code}") @Pattern(regexp = "^[A-Z]{2}(-[A-Z]{2})?$", message = "{refuge.household.needs.code}") String> visibleNeeds = new ArrayList<>();

    /** Null: now. */
    @PastOrPresent(message = "{refuge.household.arrival.future}")
    private Instant arrivedAt;

    @AssertTrue(message = "{refuge.household.size.range}")
    public boolean isSizeInRange() {
        int size = femaleChildren + maleChildren + femaleAdults + maleAdults + femaleElderly + maleElderly;
        return size >= 1 && size <= Composition.MAX_SIZE;
    }

    public int size() {
        return femaleChildren + maleChildren + femaleAdults + maleAdults + femaleElderly + maleElderly;
    }

    Composition composition() {
        return new Composition(femaleChildren, maleChildren, femaleAdults, maleAdults, femaleElderly, maleElderly);
    }

    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadNameLatin() { return headNameLatin; }
    public void setHeadNameLatin(String headNameLatin) { this.headNameLatin = headNameLatin; }
    public int getFemaleChildren() { return femaleChildren; }
    public void setFemaleChildren(int value) { this.femaleChildren = value; }
    public int getMaleChildren() { return maleChildren; }
    public void setMaleChildren(int value) { this.maleChildren = value; }
    public int getFemaleAdults() { return femaleAdults; }
    public void setFemaleAdults(int value) { this.femaleAdults = value; }
    public int getMaleAdults() { return maleAdults; }
    public void setMaleAdults(int value) { this.maleAdults = value; }
    public int getFemaleElderly() { return femaleElderly; }
    public void setFemaleElderly(int value) { this.femaleElderly = value; }
    public int getMaleElderly() { return maleElderly; }
    public void setMaleElderly(int value) { this.maleElderly = value; }
    public String getVehicleOrGroup() { return vehicleOrGroup; }
    public void setVehicleOrGroup(String vehicleOrGroup) { this.vehicleOrGroup = vehicleOrGroup; }
    public List<String> getVisibleNeeds() { return visibleNeeds; }
    public void setVisibleNeeds(List<String> visibleNeeds) { this.visibleNeeds = visibleNeeds == null ? new ArrayList<>() : visibleNeeds; }
    public Instant getArrivedAt() { return arrivedAt; }
    public void setArrivedAt(Instant arrivedAt) { this.arrivedAt = arrivedAt; }
}
