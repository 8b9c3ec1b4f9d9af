package org.refuge.platform.site;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or change a site; validated at the boundary. */
public class SiteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{refuge.site.code.required}")
    @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9-]{1,39}\\s*", message = "{refuge.site.code.format}")
    private String code;

    @NotNull(message = "{refuge.site.kind.required}")
    private SiteKind kind;

    @NotBlank(message = "{refuge.site.name.required}")
    @Size(max = 200, message = "{refuge.site.name.size}")
    private String name;

    @Size(max = 200, message = "{refuge.site.region.size}")
    private String region;

    public static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.code = site.code();
        form.kind = site.kind();
        form.name = site.name();
        form.region = site.region();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public SiteKind getKind() { return kind; }
    public void setKind(SiteKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
}
