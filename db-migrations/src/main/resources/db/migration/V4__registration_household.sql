-- Households pre-registered at a border crossing point. The registry number is made of the site code, the local
-- date and a per-site, per-day counter (registry_counter) that only ever grows, so a number is never reused.

CREATE TABLE specific_need (
    code        varchar(10)  PRIMARY KEY CONSTRAINT specific_need_code_format CHECK (code ~ '^[A-Z]{2}(-[A-Z]{2})?$'),
    category    varchar(2)   NOT NULL,
    sensitive   boolean      NOT NULL DEFAULT false,
    active      boolean      NOT NULL DEFAULT true
);

-- UNHCR specific-needs codes (categories and the codes a registrar can see at a glance or is told at the desk).
-- SV, TR and SM are sensitive: their detail is for the roles that need it.
INSERT INTO specific_need (code, category, sensitive) VALUES
    ('CR', 'CR', false), ('CR-CP', 'CR', false), ('CR-CS', 'CR', false), ('CR-CC', 'CR', false), ('CR-TP', 'CR', false),
    ('CR-LW', 'CR', false), ('CR-LO', 'CR', false), ('CR-NE', 'CR', false), ('CR-SE', 'CR', false), ('CR-AF', 'CR', false),
    ('CR-CL', 'CR', false),
    ('SC', 'SC', false), ('SC-SC', 'SC', false), ('SC-UC', 'SC', false), ('SC-CH', 'SC', false), ('SC-IC', 'SC', false),
    ('SC-FC', 'SC', false),
    ('WR', 'WR', false), ('WR-WR', 'WR', false), ('WR-SF', 'WR', false), ('WR-LC', 'WR', false),
    ('ER', 'ER', false), ('ER-NF', 'ER', false), ('ER-MC', 'ER', false), ('ER-FR', 'ER', false),
    ('SP', 'SP', false), ('SP-PT', 'SP', false), ('SP-GP', 'SP', false), ('SP-CG', 'SP', false),
    ('DS', 'DS', false), ('DS-BD', 'DS', false), ('DS-DF', 'DS', false), ('DS-PM', 'DS', false), ('DS-PS', 'DS', false),
    ('DS-MM', 'DS', false), ('DS-MS', 'DS', false), ('DS-SD', 'DS', false),
    ('SM', 'SM', true), ('SM-MI', 'SM', true), ('SM-MN', 'SM', true), ('SM-DP', 'SM', true), ('SM-CI', 'SM', true),
    ('SM-CC', 'SM', true), ('SM-OT', 'SM', true), ('SM-AD', 'SM', true),
    ('FU', 'FU', false), ('FU-TR', 'FU', false), ('FU-FR', 'FU', false),
    ('LP', 'LP', false), ('LP-ND', 'LP', false), ('LP-BN', 'LP', false), ('LP-NA', 'LP', false), ('LP-MM', 'LP', false),
    ('LP-MD', 'LP', false), ('LP-RR', 'LP', false), ('LP-RD', 'LP', false), ('LP-DA', 'LP', false), ('LP-DO', 'LP', false),
    ('LP-DT', 'LP', false), ('LP-IH', 'LP', false), ('LP-AN', 'LP', false), ('LP-RP', 'LP', false), ('LP-MS', 'LP', false),
    ('LP-AP', 'LP', false), ('LP-CR', 'LP', false), ('LP-ST', 'LP', false),
    ('TR', 'TR', true), ('TR-PI', 'TR', true), ('TR-HO', 'TR', true), ('TR-WV', 'TR', true),
    ('SV', 'SV', true), ('SV-VA', 'SV', true), ('SV-VF', 'SV', true), ('SV-VO', 'SV', true), ('SV-GM', 'SV', true),
    ('SV-HP', 'SV', true), ('SV-HK', 'SV', true), ('SV-FM', 'SV', true), ('SV-SS', 'SV', true);

CREATE TABLE registry_counter (
    site_code   varchar(40) NOT NULL REFERENCES site (code),
    day         date        NOT NULL,
    last_value  integer     NOT NULL CONSTRAINT registry_counter_positive CHECK (last_value > 0),
    PRIMARY KEY (site_code, day)
);

CREATE TABLE household (
    id                  uuid         PRIMARY KEY,
    registry_number     varchar(64)  NOT NULL CONSTRAINT household_registry_number_unique UNIQUE,
    site_code           varchar(40)  NOT NULL REFERENCES site (code),
    status              varchar(20)  NOT NULL CONSTRAINT household_status_known
                            CHECK (status IN ('PRE_REGISTERED', 'REGISTERED', 'VOIDED')),
    arrived_at          timestamptz  NOT NULL,
    registered_at       timestamptz  NOT NULL,
    registered_by       varchar(100) NOT NULL,
    head_name           varchar(200) NOT NULL CONSTRAINT household_head_name_not_blank CHECK (length(btrim(head_name)) > 0),
    head_name_latin     varchar(200) NOT NULL,
    female_children     integer      NOT NULL DEFAULT 0 CHECK (female_children >= 0),
    male_children       integer      NOT NULL DEFAULT 0 CHECK (male_children >= 0),
    female_adults       integer      NOT NULL DEFAULT 0 CHECK (female_adults >= 0),
    male_adults         integer      NOT NULL DEFAULT 0 CHECK (male_adults >= 0),
    female_elderly      integer      NOT NULL DEFAULT 0 CHECK (female_elderly >= 0),
    male_elderly        integer      NOT NULL DEFAULT 0 CHECK (male_elderly >= 0),
    vehicle_or_group    varchar(100),
    idempotency_key     varchar(100) CONSTRAINT household_idempotency_key_unique UNIQUE,
    void_reason         varchar(300),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT household_size_range CHECK (
        female_children + male_children + female_adults + male_adults + female_elderly + male_elderly BETWEEN 1 AND 50),
    CONSTRAINT household_void_has_reason CHECK (status <> 'VOIDED' OR void_reason IS NOT NULL)
);
CREATE INDEX household_site_registered ON household (site_code, registered_at DESC);

-- Specific needs visible or declared at pre-registration, per household.
CREATE TABLE household_visible_need (
    household_id  uuid        NOT NULL REFERENCES household (id),
    need_code     varchar(10) NOT NULL REFERENCES specific_need (code),
    PRIMARY KEY (household_id, need_code)
);
