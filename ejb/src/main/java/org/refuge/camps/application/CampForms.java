package org.refuge.camps.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** What camp managers type when they set up a camp; validated at the boundary. */
public final class CampForms {

    private CampForms() {
    }

    /** Tents of one type in one go: "100 tents × 20 beds". */
    public static class Tents implements Serializable {
        private static final long serialVersionUID = 1L;

        @Min(value = 1, message = "{refuge.camp.tents.count}") @Max(value = 500, message = "{refuge.camp.tents.count}")
        private int count = 100;
        @Min(value = 1, message = "{refuge.camp.tents.beds}") @Max(value = 100, message = "{refuge.camp.tents.beds}")
        private int beds = 20;
        @NotNull(message = "{refuge.camp.tents.covered}")
        @DecimalMin(value = "0", message = "{refuge.camp.tents.covered}") @DecimalMax(value = "2000", message = "{refuge.camp.tents.covered}")
        private BigDecimal coveredM2 = new BigDecimal("70");
        private boolean accessible;

        public int getCount() { return count; }
        public void setCount(int count) { this.count = count; }
        public int getBeds() { return beds; }
        public void setBeds(int beds) { this.beds = beds; }
        public BigDecimal getCoveredM2() { return coveredM2; }
        public void setCoveredM2(BigDecimal coveredM2) { this.coveredM2 = coveredM2; }
        public boolean isAccessible() { return accessible; }
        public void setAccessible(boolean accessible) { this.accessible = accessible; }
    }

    /** One water and sanitary point. */
    public static class WaterPoint implements Serializable {
        private static final long serialVersionUID = 1L;

        @Min(value = 0, message = "{refuge.camp.facility.count}") @Max(value = 200, message = "{refuge.camp.facility.count}")
        private int taps = 4;
        @Min(value = 0, message = "{refuge.camp.facility.count}") @Max(value = 200, message = "{refuge.camp.facility.count}")
        private int toilets = 10;
        @Min(value = 0, message = "{refuge.camp.facility.count}") @Max(value = 200, message = "{refuge.camp.facility.count}")
        private int showers = 6;

        @jakarta.validation.constraints.AssertTrue(message = "{refuge.camp.facility.any}")
        public boolean isAnyFacility() {
            return taps + toilets + showers > 0;
        }

        public int getTaps() { return taps; }
        public void setTaps(int taps) { this.taps = taps; }
        public int getToilets() { return toilets; }
        public void setToilets(int toilets) { this.toilets = toilets; }
        public int getShowers() { return showers; }
        public void setShowers(int showers) { this.showers = showers; }
    }

    /** The water delivered on one day. */
    public static class Water implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.camp.water.day}") @PastOrPresent(message = "{refuge.camp.water.day}")
        private LocalDate day = LocalDate.now();
        @Min(value = 0, message = "{refuge.camp.water.litres}") @Max(value = 10_000_000, message = "{refuge.camp.water.litres}")
        private int litres;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public int getLitres() { return litres; }
        public void setLitres(int litres) { this.litres = litres; }
    }
}
