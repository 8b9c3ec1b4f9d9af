-- Sites: the border crossing points (BCP) and camps where users work. A user's site scope is a list of
-- these codes carried in the Keycloak token ("sites" claim). Sites are deactivated, never deleted.
CREATE TABLE site (
    code        varchar(40)  PRIMARY KEY CONSTRAINT site_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    kind        varchar(10)  NOT NULL CONSTRAINT site_kind_known CHECK (kind IN ('BCP', 'CAMP')),
    name        varchar(200) NOT NULL CONSTRAINT site_name_not_blank CHECK (length(btrim(name)) > 0),
    region      varchar(200),
    active      boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX site_name_unique ON site (lower(name));
