package org.refuge.platform.workflow;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a supervisor chooses to redirect a border crossing point's medical screening: the BCP and the site that takes it. */
public class RedirectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{refuge.task.redirect.fromSite}")
    @Size(max = 40, message = "{refuge.task.redirect.fromSite}")
    private String fromSite;

    @NotBlank(message = "{refuge.task.redirect.toSite}")
    @Size(max = 40, message = "{refuge.task.redirect.toSite}")
    private String toSite;

    public String getFromSite() { return fromSite; }
    public void setFromSite(String fromSite) { this.fromSite = fromSite; }
    public String getToSite() { return toSite; }
    public void setToSite(String toSite) { this.toSite = toSite; }
}
