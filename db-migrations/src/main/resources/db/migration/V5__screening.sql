-- Medical screening and security checks of a household at its BCP. The medical detail (triage, conditions,
-- pregnancy, communicable-disease suspicion, referral) is special-category data: only medical staff read these
-- columns; everyone else gets the outcome and the accommodation needs through a narrower query.

CREATE TABLE medical_screening (
    id                      uuid         PRIMARY KEY,
    household_id            uuid         NOT NULL CONSTRAINT medical_screening_one_per_household UNIQUE REFERENCES household (id),
    screened_at             timestamptz  NOT NULL,
    screened_by             varchar(100) NOT NULL,
    triage                  varchar(20)  NOT NULL CONSTRAINT medical_triage_known CHECK (triage IN ('IMMEDIATE', 'URGENT', 'NON_URGENT')),
    conditions              varchar(2000),
    pregnancy               boolean      NOT NULL,
    communicable_suspicion  boolean      NOT NULL,
    hospital_referral       boolean      NOT NULL,
    isolation_needed        boolean      NOT NULL,
    outcome                 varchar(20)  NOT NULL CONSTRAINT medical_outcome_known CHECK (outcome IN ('CLEARED', 'REFERRED', 'ISOLATION')),
    accommodation_needs     varchar(500),
    version                 bigint       NOT NULL DEFAULT 0,
    CONSTRAINT medical_isolation_consistent CHECK (outcome <> 'ISOLATION' OR isolation_needed),
    CONSTRAINT medical_referral_consistent CHECK (outcome <> 'REFERRED' OR hospital_referral)
);

CREATE TABLE security_check (
    id                  uuid         PRIMARY KEY,
    household_id        uuid         NOT NULL CONSTRAINT security_check_one_per_household UNIQUE REFERENCES household (id),
    nss_reference       varchar(60),
    nss_answer          varchar(10)  NOT NULL CONSTRAINT security_nss_answer_known CHECK (nss_answer IN ('PENDING', 'CLEAR', 'HIT')),
    police_reference    varchar(60),
    police_answer       varchar(10)  NOT NULL CONSTRAINT security_police_answer_known CHECK (police_answer IN ('PENDING', 'CLEAR', 'HIT')),
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(100) NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);
