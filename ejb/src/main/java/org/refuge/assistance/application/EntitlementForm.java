package org.refuge.assistance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.domain.Per;
import org.refuge.assistance.domain.Period;
import org.refuge.assistance.domain.Stage;

/**
 * What a supervisor types for an entitlement rule, or for its next version (then {@code code} is not read and
 * {@code basedOnVersion} names the version the editor saw); validated at the boundary, the rules across fields too.
 */
public class EntitlementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A household-size band: from {@code minSize} persons to {@code maxSize} (empty: or more), {@code quantity}. */
    public static class BandForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.entitlement.bands}") @Min(value = 1, message = "{refuge.entitlement.bands}")
        @Max(value = 100, message = "{refuge.entitlement.bands}")
        private Integer minSize;
        @Min(value = 1, message = "{refuge.entitlement.bands}") @Max(value = 100, message = "{refuge.entitlement.bands}")
        private Integer maxSize;
        @NotNull(message = "{refuge.entitlement.quantity}")
        @DecimalMin(value = "0", inclusive = false, message = "{refuge.entitlement.quantity}")
        @DecimalMax(value = "999999999999", message = "{refuge.entitlement.quantity}")
        @Digits(integer = 12, fraction = 3, message = "{refuge.entitlement.quantity}")
        private BigDecimal quantity;

        public BandForm() {
        }

        public BandForm(Integer minSize, Integer maxSize, BigDecimal quantity) {
            this.minSize = minSize;
            this.maxSize = maxSize;
            this.quantity = quantity;
        }

        public Integer getMinSize() { return minSize; }
        public void setMinSize(Integer minSize) { this.minSize = minSize; }
        public Integer getMaxSize() { return maxSize; }
        public void setMaxSize(Integer maxSize) { this.maxSize = maxSize; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    }

    @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.assistance.code.format}")
    private String code;
    @NotNull(message = "{refuge.entitlement.item}") @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.entitlement.item}")
    private String itemCode;
    @NotNull(message = "{refuge.entitlement.per}")
    private Per per;
    @DecimalMin(value = "0", inclusive = false, message = "{refuge.entitlement.quantity}")
    @DecimalMax(value = "999999999999", message = "{refuge.entitlement.quantity}")
    @Digits(integer = 12, fraction = 3, message = "{refuge.entitlement.quantity}")
    private BigDecimal quantity;
    @Valid
    @Size(max = 20, message = "{refuge.entitlement.bands}")
    private List<@NotNull(message = "{refuge.entitlement.bands}") BandForm> bands = new ArrayList<>();
    @NotNull(message = "{refuge.entitlement.period}")
    private Period period;
    @Min(value = 1, message = "{refuge.entitlement.months}") @Max(value = Period.MAX_MONTHS, message = "{refuge.entitlement.months}")
    private Integer months;
    @NotNull(message = "{refuge.entitlement.stage}")
    private Stage stage;
    @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9-]{1,39}\\s*", message = "{refuge.entitlement.site}")
    private String siteCode;
    @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "{refuge.entitlement.need}")
    private String needCategory;
    @Pattern(regexp = "0-4|5-11|12-17|18-59|60\\+", message = "{refuge.entitlement.ageGroup}")
    private String ageGroup;
    @NotNull(message = "{refuge.entitlement.partner}") @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.entitlement.partner}")
    private String partnerCode;
    @NotNull(message = "{refuge.entitlement.validFrom}")
    private LocalDate validFrom;
    private LocalDate validTo;
    @Min(value = 1, message = "{refuge.entitlement.stale}")
    private Integer basedOnVersion;

    /** A fixed quantity or household-size bands, never both and never neither. */
    @AssertTrue(message = "{refuge.entitlement.quantityOrBands}")
    public boolean isQuantityOrBands() {
        return (quantity != null) != (bands != null && !bands.isEmpty());
    }

    /** Bands apply to a household's quantity only. */
    @AssertTrue(message = "{refuge.entitlement.bandsPerHousehold}")
    public boolean isBandsPerHousehold() {
        return bands == null || bands.isEmpty() || per != Per.PERSON;
    }

    /** A number of months for a monthly entitlement, and for no other. */
    @AssertTrue(message = "{refuge.entitlement.months}")
    public boolean isMonthsForMonthly() {
        return period == null || (period == Period.MONTHLY) == (months != null);
    }

    @AssertTrue(message = "{refuge.entitlement.validTo}")
    public boolean isValidToAfterFrom() {
        return validTo == null || validFrom == null || validTo.isAfter(validFrom);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public Per getPer() { return per; }
    public void setPer(Per per) { this.per = per; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public List<BandForm> getBands() { return bands; }
    public void setBands(List<BandForm> bands) { this.bands = bands; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public Integer getMonths() { return months; }
    public void setMonths(Integer months) { this.months = months; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getNeedCategory() { return needCategory; }
    public void setNeedCategory(String needCategory) { this.needCategory = needCategory; }
    public String getAgeGroup() { return ageGroup; }
    public void setAgeGroup(String ageGroup) { this.ageGroup = ageGroup; }
    public String getPartnerCode() { return partnerCode; }
    public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public Integer getBasedOnVersion() { return basedOnVersion; }
    public void setBasedOnVersion(Integer basedOnVersion) { this.basedOnVersion = basedOnVersion; }
}
