-- Camps: a camp is a site of kind CAMP with its land area, status and structures: accommodation tents (beds, covered
-- area, accessibility), the action plan's separate tents for migration-service, medical and social, and police staff,
-- and its water and sanitary points (taps, toilets, showers). Occupied beds are counted on the tent and the database
-- itself refuses more occupants than beds, whatever the application does.

CREATE TABLE camp (
    site_code     varchar(40)  PRIMARY KEY REFERENCES site (code),
    area_m2       integer      NOT NULL CONSTRAINT camp_area_positive CHECK (area_m2 > 0),
    status        varchar(12)  NOT NULL CONSTRAINT camp_status_known CHECK (status IN ('PLANNED', 'SETTING_UP', 'OPEN', 'CLOSED')),
    power_supply  boolean      NOT NULL DEFAULT false,
    set_up_at     timestamptz  NOT NULL,
    set_up_by     varchar(100) NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE camp_structure (
    id          uuid         PRIMARY KEY,
    camp_code   varchar(40)  NOT NULL REFERENCES camp (site_code),
    kind        varchar(24)  NOT NULL CONSTRAINT camp_structure_kind_known CHECK (kind IN
                    ('TENT', 'SMS_STAFF_TENT', 'MEDICAL_SOCIAL_TENT', 'POLICE_TENT', 'WATER_SANITARY_POINT')),
    number      integer      NOT NULL CONSTRAINT camp_structure_number_positive CHECK (number > 0),
    beds        integer      NOT NULL DEFAULT 0 CONSTRAINT camp_structure_beds_range CHECK (beds BETWEEN 0 AND 100),
    occupied    integer      NOT NULL DEFAULT 0,
    covered_m2  numeric(7,1) NOT NULL DEFAULT 0 CONSTRAINT camp_structure_covered_not_negative CHECK (covered_m2 >= 0),
    taps        integer      NOT NULL DEFAULT 0 CONSTRAINT camp_structure_taps_not_negative CHECK (taps >= 0),
    toilets     integer      NOT NULL DEFAULT 0 CONSTRAINT camp_structure_toilets_not_negative CHECK (toilets >= 0),
    showers     integer      NOT NULL DEFAULT 0 CONSTRAINT camp_structure_showers_not_negative CHECK (showers >= 0),
    accessible  boolean      NOT NULL DEFAULT false,
    in_service  boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT camp_structure_number_unique UNIQUE (camp_code, kind, number),
    CONSTRAINT camp_structure_no_bed_given_twice CHECK (occupied BETWEEN 0 AND beds),
    CONSTRAINT camp_structure_out_of_service_is_empty CHECK (in_service OR occupied = 0),
    CONSTRAINT camp_structure_beds_only_in_tents CHECK (kind = 'TENT' OR beds = 0)
);
CREATE INDEX camp_structure_camp ON camp_structure (camp_code, kind, number);

-- The water delivered to a camp per day, for the litres-per-person indicator.
CREATE TABLE camp_water_supply (
    camp_code    varchar(40)  NOT NULL REFERENCES camp (site_code),
    day          date         NOT NULL,
    litres       integer      NOT NULL CONSTRAINT camp_water_supply_litres_not_negative CHECK (litres >= 0),
    recorded_at  timestamptz  NOT NULL,
    recorded_by  varchar(100) NOT NULL,
    PRIMARY KEY (camp_code, day)
);
