-- Accommodation of screened households: a bed per person in a tent (camp_stay), from allocation through transfer
-- and check-in to check-out; the transfer manifests that carry households from a border crossing point to a camp;
-- and the households released to a private address. Stays are never deleted: a move or a departure ends one stay
-- (and a move opens another), so a person's accommodation history is the list of their stays.

CREATE TABLE transfer_manifest (
    id            uuid         PRIMARY KEY,
    number        varchar(60)  NOT NULL CONSTRAINT transfer_manifest_number_unique UNIQUE,
    from_site     varchar(40)  NOT NULL REFERENCES site (code),
    camp_code     varchar(40)  NOT NULL REFERENCES camp (site_code),
    vehicle       varchar(60)  NOT NULL CONSTRAINT transfer_manifest_vehicle_not_blank CHECK (length(btrim(vehicle)) > 0),
    driver        varchar(120) NOT NULL CONSTRAINT transfer_manifest_driver_not_blank CHECK (length(btrim(driver)) > 0),
    departure_at  timestamptz  NOT NULL,
    status        varchar(10)  NOT NULL CONSTRAINT transfer_manifest_status_known CHECK (status IN ('PLANNED', 'DEPARTED', 'ARRIVED')),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    departed_at   timestamptz,
    departed_by   varchar(100),
    arrived_at    timestamptz,
    arrived_by    varchar(100),
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT transfer_manifest_departed CHECK ((status = 'PLANNED') = (departed_at IS NULL)),
    CONSTRAINT transfer_manifest_arrived CHECK ((status = 'ARRIVED') = (arrived_at IS NOT NULL))
);
CREATE INDEX transfer_manifest_camp ON transfer_manifest (camp_code, departure_at DESC);

-- The households on a manifest, with the head count at boarding; boarded stays null until departure.
CREATE TABLE transfer_manifest_household (
    manifest_id   uuid     NOT NULL REFERENCES transfer_manifest (id),
    household_id  uuid     NOT NULL REFERENCES household (id),
    persons       integer  NOT NULL CONSTRAINT transfer_manifest_household_persons CHECK (persons BETWEEN 1 AND 50),
    boarded       boolean,
    PRIMARY KEY (manifest_id, household_id)
);
CREATE INDEX transfer_manifest_household_household ON transfer_manifest_household (household_id);

CREATE TABLE camp_stay (
    id              uuid         PRIMARY KEY,
    person_id       uuid         NOT NULL REFERENCES person (id),
    household_id    uuid         NOT NULL REFERENCES household (id),
    camp_code       varchar(40)  NOT NULL REFERENCES camp (site_code),
    structure_id    uuid         NOT NULL REFERENCES camp_structure (id),
    status          varchar(12)  NOT NULL CONSTRAINT camp_stay_status_known CHECK (status IN
                        ('ALLOCATED', 'CHECKED_IN', 'NO_SHOW', 'CHECKED_OUT', 'MOVED')),
    allocated_at    timestamptz  NOT NULL,
    allocated_by    varchar(100) NOT NULL,
    manifest_id     uuid         REFERENCES transfer_manifest (id),
    checked_in_at   timestamptz,
    checked_in_by   varchar(100),
    ended_at        timestamptz,
    ended_on        date,
    ended_by        varchar(100),
    end_reason      varchar(24)  CONSTRAINT camp_stay_end_reason_known CHECK (end_reason IN ('NO_SHOW', 'MOVED',
                        'PRIVATE_ACCOMMODATION', 'ONWARD_MOVEMENT', 'VOLUNTARY_RETURN', 'HOSPITAL', 'CAMP_CLOSED')),
    end_note        varchar(300),
    moved_from      uuid         REFERENCES camp_stay (id),
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT camp_stay_ended CHECK ((status IN ('ALLOCATED', 'CHECKED_IN')) = (ended_at IS NULL)),
    CONSTRAINT camp_stay_end_has_reason CHECK (ended_at IS NULL OR (end_reason IS NOT NULL AND ended_on IS NOT NULL)),
    CONSTRAINT camp_stay_checked_in CHECK (status <> 'CHECKED_IN' OR checked_in_at IS NOT NULL)
);
-- A person holds at most one bed at a time, whoever allocates: the second allocation of a household fails here.
CREATE UNIQUE INDEX camp_stay_one_bed_per_person ON camp_stay (person_id) WHERE status IN ('ALLOCATED', 'CHECKED_IN');
CREATE INDEX camp_stay_camp_current ON camp_stay (camp_code, structure_id) WHERE status IN ('ALLOCATED', 'CHECKED_IN');
CREATE INDEX camp_stay_household ON camp_stay (household_id, allocated_at);
CREATE INDEX camp_stay_checked_in_at ON camp_stay (camp_code, checked_in_at) WHERE checked_in_at IS NOT NULL;

-- Households that found a private address: released from the camp path, still registered and followed.
CREATE TABLE private_accommodation (
    household_id  uuid         PRIMARY KEY REFERENCES household (id),
    address       varchar(300) NOT NULL CONSTRAINT private_accommodation_address_not_blank CHECK (length(btrim(address)) > 0),
    phone         varchar(30)  CONSTRAINT private_accommodation_phone_format CHECK (phone ~ '^\+?[0-9][0-9 ()-]{2,29}$'),
    host_name     varchar(200),
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(100) NOT NULL
);

-- Manifest numbers: TM-000001 and on, never reused.
CREATE SEQUENCE transfer_manifest_number_seq;
