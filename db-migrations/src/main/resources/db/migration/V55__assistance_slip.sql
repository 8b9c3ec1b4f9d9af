-- Assistance (issue 14): the registration slip a family keeps from pre-registration until its identity card. One slip
-- per household, created by its first print; every copy after it is a reprint with its reason. The registry number is
-- kept as printed; the household is referred to by id, without a foreign key into registration's tables (ADR 0008).
CREATE TABLE assistance_slip (
    household_id     uuid         PRIMARY KEY,
    registry_number  varchar(64)  NOT NULL UNIQUE,
    version          bigint       NOT NULL DEFAULT 0
);

CREATE TABLE assistance_slip_print (
    household_id  uuid          NOT NULL REFERENCES assistance_slip (household_id),
    printed_at    timestamptz   NOT NULL,
    printed_by    varchar(100)  NOT NULL,
    reason        varchar(300),
    PRIMARY KEY (household_id, printed_at)
);
