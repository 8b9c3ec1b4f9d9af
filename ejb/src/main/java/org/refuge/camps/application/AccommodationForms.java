package org.refuge.camps.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.refuge.camps.domain.DepartureReason;

/** What is typed when households are accommodated, moved and leave; validated at the boundary. */
public final class AccommodationForms {

    private AccommodationForms() {
    }

    /** A private address that releases a household from the camp path. */
    public static class PrivateAddress implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.accommodation.address}") @Size(max = 300, message = "{refuge.accommodation.address}")
        private String address;
        @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{2,29}$", message = "{refuge.person.phone.format}")
        private String phone;
        @Size(max = 200, message = "{refuge.accommodation.host}")
        private String hostName;

        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getHostName() { return hostName; }
        public void setHostName(String hostName) { this.hostName = hostName; }
    }

    /** A transfer from a border crossing point to a camp with the allocated households it carries. */
    public static class Manifest implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.manifest.vehicle}") @Size(max = 60, message = "{refuge.manifest.vehicle}")
        private String vehicle;
        @NotBlank(message = "{refuge.manifest.driver}") @Size(max = 120, message = "{refuge.manifest.driver}")
        private String driver;
        /** Local time at the border crossing point. */
        @NotNull(message = "{refuge.manifest.departure}")
        private LocalDateTime departure;
        @NotEmpty(message = "{refuge.manifest.households}")
        @Size(max = 200, message = "{refuge.manifest.households}")
        private List<@NotBlank(message = "{refuge.manifest.households}") String> households = new ArrayList<>();

        public String getVehicle() { return vehicle; }
        public void setVehicle(String vehicle) { this.vehicle = vehicle; }
        public String getDriver() { return driver; }
        public void setDriver(String driver) { this.driver = driver; }
        public LocalDateTime getDeparture() { return departure; }
        public void setDeparture(LocalDateTime departure) { this.departure = departure; }
        public List<String> getHouseholds() { return households; }
        public void setHouseholds(List<String> households) { this.households = households == null ? new ArrayList<>() : households; }
    }

    /** A departure from the camp: its reason and day, with a note. */
    public static class CheckOut implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.checkout.reason}")
        private DepartureReason reason;
        @NotNull(message = "{refuge.checkout.day}") @PastOrPresent(message = "{refuge.checkout.day}")
        private LocalDate day;
        @Size(max = 300, message = "{refuge.checkout.note}")
        private String note;

        /** Moves, no-shows and closing are recorded by their own steps, not chosen at check-out. */
        @jakarta.validation.constraints.AssertTrue(message = "{refuge.checkout.reason}")
        public boolean isReasonChosenAtCheckOut() {
            return reason == null || reason.chosenAtCheckOut();
        }

        public DepartureReason getReason() { return reason; }
        public void setReason(DepartureReason reason) { this.reason = reason; }
        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
