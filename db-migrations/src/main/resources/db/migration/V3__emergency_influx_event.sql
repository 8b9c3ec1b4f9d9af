-- An influx event: a supervisor declares it when arrivals start; it carries the threshold of a "mass influx"
-- (the brief proposes 2,000 asylum seekers; configurable per event) and the action-plan process that follows it.
CREATE TABLE influx_event (
    id                   uuid         PRIMARY KEY,
    name                 varchar(200) NOT NULL CONSTRAINT influx_name_not_blank CHECK (length(btrim(name)) > 0),
    threshold            integer      NOT NULL CONSTRAINT influx_threshold_positive CHECK (threshold > 0),
    status               varchar(20)  NOT NULL CONSTRAINT influx_status_known CHECK (status IN ('DECLARED', 'PLAN_ACTIVE', 'CLOSED')),
    declared_at          timestamptz  NOT NULL,
    declared_by          varchar(100) NOT NULL,
    process_instance_id  varchar(64),
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX influx_event_declared ON influx_event (declared_at DESC);
