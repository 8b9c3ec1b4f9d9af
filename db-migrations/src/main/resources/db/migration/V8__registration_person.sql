-- Individual registration: every member of a household as a person, with names in the original script and in Latin,
-- birth date and its precision, citizenships, languages, documents, specific needs and a photo; possible duplicates
-- among all registered persons and their resolution. Nothing is deleted: a person is voided with a reason or merged
-- into the record it duplicates.

-- Photos are 3:4 JPEGs made by the application (cropped and scaled); one table so that lists never load the bytes.
CREATE TABLE photo (
    id         uuid         PRIMARY KEY,
    jpeg       bytea        NOT NULL CONSTRAINT photo_size_limit CHECK (octet_length(jpeg) BETWEEN 100 AND 1048576),
    width      integer      NOT NULL,
    height     integer      NOT NULL,
    source     varchar(10)  NOT NULL CONSTRAINT photo_source_known CHECK (source IN ('CAMERA', 'UPLOAD')),
    taken_at   timestamptz  NOT NULL,
    taken_by   varchar(100) NOT NULL,
    CONSTRAINT photo_three_by_four CHECK (width > 0 AND height > 0 AND width * 4 = height * 3)
);

ALTER TABLE household ADD COLUMN head_photo_id uuid REFERENCES photo (id);

CREATE TABLE person (
    id                  uuid         PRIMARY KEY,
    household_id        uuid         NOT NULL REFERENCES household (id),
    status              varchar(20)  NOT NULL CONSTRAINT person_status_known CHECK (status IN ('REGISTERED', 'VOIDED', 'MERGED')),
    relationship        varchar(20)  NOT NULL CONSTRAINT person_relationship_known CHECK (relationship IN
                            ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'GRANDPARENT', 'OTHER_RELATIVE', 'NOT_RELATED')),
    given_name          varchar(100) NOT NULL CONSTRAINT person_given_name_not_blank CHECK (length(btrim(given_name)) > 0),
    family_name         varchar(100) NOT NULL CONSTRAINT person_family_name_not_blank CHECK (length(btrim(family_name)) > 0),
    patronymic          varchar(100),
    given_name_latin    varchar(100) NOT NULL,
    family_name_latin   varchar(100) NOT NULL,
    patronymic_latin    varchar(100),
    -- lower-case folded Latin of given and family name as typed, and its consonant skeleton (Arabic script writes no
    -- short vowels): what the duplicate check and the search compare with pg_trgm
    name_key            varchar(200) NOT NULL,
    name_skeleton       varchar(200) NOT NULL,
    sex                 varchar(1)   NOT NULL CONSTRAINT person_sex_known CHECK (sex IN ('F', 'M', 'X')),
    birth_date          date         NOT NULL,
    birth_precision     varchar(10)  NOT NULL CONSTRAINT person_birth_precision_known CHECK (birth_precision IN ('EXACT', 'MONTH', 'YEAR', 'ESTIMATED')),
    birth_place         varchar(100),
    stateless           boolean      NOT NULL DEFAULT false,
    marital_status      varchar(20)  CONSTRAINT person_marital_status_known CHECK (marital_status IN ('SINGLE', 'MARRIED', 'WIDOWED', 'DIVORCED', 'SEPARATED')),
    phone               varchar(30)  CONSTRAINT person_phone_format CHECK (phone ~ '^\+?[0-9][0-9 ()-]{2,29}$'),
    photo_id            uuid         REFERENCES photo (id),
    registered_at       timestamptz  NOT NULL,
    registered_by       varchar(100) NOT NULL,
    idempotency_key     varchar(140) CONSTRAINT person_idempotency_key_unique UNIQUE,
    merged_into         uuid         REFERENCES person (id),
    void_reason         varchar(300),
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT person_void_has_reason CHECK (status <> 'VOIDED' OR void_reason IS NOT NULL),
    CONSTRAINT person_merged_has_target CHECK (status <> 'MERGED' OR merged_into IS NOT NULL)
);
CREATE INDEX person_household ON person (household_id);
CREATE INDEX person_birth_date ON person (birth_date);
CREATE INDEX person_name_key_trgm ON person USING gin (name_key gin_trgm_ops);
CREATE INDEX person_name_skeleton_trgm ON person USING gin (name_skeleton gin_trgm_ops);
CREATE UNIQUE INDEX person_one_head_per_household ON person (household_id) WHERE relationship = 'HEAD' AND status = 'REGISTERED';

CREATE TABLE person_citizenship (
    person_id     uuid       NOT NULL REFERENCES person (id),
    country_code  varchar(3) NOT NULL REFERENCES country (code),
    PRIMARY KEY (person_id, country_code)
);

CREATE TABLE person_language (
    person_id      uuid       NOT NULL REFERENCES person (id),
    language_code  varchar(3) NOT NULL REFERENCES language (code),
    PRIMARY KEY (person_id, language_code)
);

CREATE TABLE person_need (
    person_id  uuid        NOT NULL REFERENCES person (id),
    need_code  varchar(10) NOT NULL REFERENCES specific_need (code),
    PRIMARY KEY (person_id, need_code)
);

CREATE TABLE person_document (
    person_id        uuid        NOT NULL REFERENCES person (id),
    position         integer     NOT NULL,
    type_code        varchar(20) NOT NULL REFERENCES document_type (code),
    number           varchar(40) NOT NULL CONSTRAINT person_document_number_printable CHECK (number !~ '[[:cntrl:]]' AND length(btrim(number)) > 0),
    -- upper-case letters and digits only: "AB 123-456" and "ab123456" are one number
    number_key       varchar(40) NOT NULL CONSTRAINT person_document_number_key_format CHECK (number_key ~ '^[[:alnum:]]+$'),
    issuing_country  varchar(3)  REFERENCES country (code),
    expires_on       date,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX person_document_number_key ON person_document (number_key);

-- A possible duplicate found while registering `person`: `candidate` is an earlier record. The registrar decides at
-- the desk or leaves it OPEN for the caseworkers' queue.
CREATE TABLE duplicate_match (
    id               uuid         PRIMARY KEY,
    person_id        uuid         NOT NULL REFERENCES person (id),
    candidate_id     uuid         NOT NULL REFERENCES person (id),
    reasons          varchar(60)  NOT NULL,
    name_similarity  real         NOT NULL,
    status           varchar(10)  NOT NULL CONSTRAINT duplicate_match_status_known CHECK (status IN ('OPEN', 'SAME', 'DIFFERENT')),
    raised_at        timestamptz  NOT NULL,
    raised_by        varchar(100) NOT NULL,
    decided_at       timestamptz,
    decided_by       varchar(100),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT duplicate_match_pair_unique UNIQUE (person_id, candidate_id),
    CONSTRAINT duplicate_match_not_self CHECK (person_id <> candidate_id),
    CONSTRAINT duplicate_match_decided CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
CREATE INDEX duplicate_match_open ON duplicate_match (raised_at) WHERE status = 'OPEN';
