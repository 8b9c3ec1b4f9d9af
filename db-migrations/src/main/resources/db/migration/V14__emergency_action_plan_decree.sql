-- The action plan of an influx event: when it was activated and by whom, and when arrivals first went above the
-- event's threshold (supervisors are alerted once). The government's decree on temporary protection: its number and
-- dates, and who it covers (citizenships, stateless persons, arrivals between two dates); a decree in force is what
-- temporary-protection decisions are made under.

ALTER TABLE influx_event
    ADD COLUMN plan_activated_at     timestamptz,
    ADD COLUMN plan_activated_by     varchar(100),
    ADD COLUMN threshold_exceeded_at timestamptz,
    ADD CONSTRAINT influx_plan_activated CHECK ((status = 'DECLARED') = (plan_activated_at IS NULL) OR status = 'CLOSED');

-- arrivals since an event was declared are counted by arrival time
CREATE INDEX household_arrived ON household (arrived_at);

CREATE TABLE protection_decree (
    id               uuid         PRIMARY KEY,
    influx_event_id  uuid         REFERENCES influx_event (id),
    number           varchar(60)  NOT NULL CONSTRAINT protection_decree_number_unique UNIQUE
                                  CONSTRAINT protection_decree_number_not_blank CHECK (length(btrim(number)) > 0),
    adopted_on       date         NOT NULL,
    in_force_from    date         NOT NULL,
    covers_stateless boolean      NOT NULL,
    arrived_from     date         NOT NULL,
    arrived_until    date,
    status           varchar(10)  NOT NULL CONSTRAINT protection_decree_status_known CHECK (status IN ('IN_FORCE', 'REPEALED')),
    recorded_at      timestamptz  NOT NULL,
    recorded_by      varchar(100) NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT protection_decree_in_force_after_adoption CHECK (in_force_from >= adopted_on),
    CONSTRAINT protection_decree_arrival_window CHECK (arrived_until IS NULL OR arrived_until >= arrived_from)
);

CREATE TABLE protection_decree_citizenship (
    decree_id     uuid        NOT NULL REFERENCES protection_decree (id),
    country_code  varchar(3)  NOT NULL REFERENCES country (code),
    PRIMARY KEY (decree_id, country_code)
);
