package org.refuge.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.refuge.reporting.application.WorklistFilter;
import org.refuge.shared.SiteCode;

/**
 * The filter fields of a worklist of households as typed on a page (BCP, arrival days, citizenship, size, a
 * specific-need category), shared by the caseworkers' worklist and the allocation queue; the service checks them.
 */
public class WorklistFields implements Serializable {
    private static final long serialVersionUID = 1L;

    private String bcp;
    private LocalDate arrivedFrom;
    private LocalDate arrivedTo;
    private String citizenship;
    private Integer personsFrom;
    private Integer personsTo;
    private String need;

    public WorklistFilter filter() {
        return new WorklistFilter(bcp == null || bcp.isBlank() ? null : new SiteCode(bcp), arrivedFrom, arrivedTo, blankToNull(citizenship), personsFrom, personsTo,
                blankToNull(need));
    }

    public void clear() {
        bcp = null;
        arrivedFrom = null;
        arrivedTo = null;
        citizenship = null;
        personsFrom = null;
        personsTo = null;
        need = null;
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public String getBcp() { return bcp; }
    public void setBcp(String bcp) { this.bcp = bcp; }
    public LocalDate getArrivedFrom() { return arrivedFrom; }
    public void setArrivedFrom(LocalDate arrivedFrom) { this.arrivedFrom = arrivedFrom; }
    public LocalDate getArrivedTo() { return arrivedTo; }
    public void setArrivedTo(LocalDate arrivedTo) { this.arrivedTo = arrivedTo; }
    public String getCitizenship() { return citizenship; }
    public void setCitizenship(String citizenship) { this.citizenship = citizenship; }
    public Integer getPersonsFrom() { return personsFrom; }
    public void setPersonsFrom(Integer personsFrom) { this.personsFrom = personsFrom; }
    public Integer getPersonsTo() { return personsTo; }
    public void setPersonsTo(Integer personsTo) { this.personsTo = personsTo; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
}
