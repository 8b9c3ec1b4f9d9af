package org.refuge.assistance.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a supervisor or camp manager types about the stock of a site; validated at the boundary. */
public final class StockForms {

    private StockForms() {
    }

    /** Goods received at the site: which item, how much, from which partner, on which day. */
    public static class ReceiptForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.stock.item}") @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.stock.item}")
        private String itemCode;
        @NotNull(message = "{refuge.stock.partner}") @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.stock.partner}")
        private String partnerCode;
        @NotNull(message = "{refuge.stock.quantity}")
        @DecimalMin(value = "0", inclusive = false, message = "{refuge.stock.quantity}")
        @DecimalMax(value = "999999999999", message = "{refuge.stock.quantity}")
        @Digits(integer = 12, fraction = 3, message = "{refuge.stock.quantity}")
        private BigDecimal quantity;
        /** Today or earlier where the application works (its zone, not the server's): checked by the service. */
        @NotNull(message = "{refuge.stock.receivedOn}")
        private LocalDate receivedOn;
        @Size(max = 300, message = "{refuge.stock.note}")
        private String note;

        public String getItemCode() { return itemCode; }
        public void setItemCode(String itemCode) { this.itemCode = itemCode; }
        public String getPartnerCode() { return partnerCode; }
        public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public LocalDate getReceivedOn() { return receivedOn; }
        public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** A receipt put right: why, and the quantity that was really received (0 or none: nothing was). */
    public static class CorrectionForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.stock.reason}") @Size(max = 300, message = "{refuge.stock.reason}")
        private String reason;
        @DecimalMin(value = "0", message = "{refuge.stock.correctQuantity}")
        @DecimalMax(value = "999999999999", message = "{refuge.stock.correctQuantity}")
        @Digits(integer = 12, fraction = 3, message = "{refuge.stock.correctQuantity}")
        private BigDecimal quantity;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    }
}
