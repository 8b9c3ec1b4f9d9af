-- How many registered persons carry each given-name key and each family-name key (registration's PersonName keys,
-- made in Java from the names as typed, so counted by the application: NameFrequencyTable). The duplicate check
-- weighs a common name agreeing for fewer bits than a rare one. Counted again when the registry has changed (a
-- registry under 100,000 persons), has grown by 5 %, or a day after the last count.
CREATE TABLE name_frequency (
    part     char(1)      NOT NULL CHECK (part IN ('G', 'F')),
    name_key varchar(200) NOT NULL,
    persons  integer      NOT NULL CHECK (persons > 0),
    PRIMARY KEY (part, name_key)
);

-- the last count: how many registered persons it counted, and when
CREATE TABLE name_frequency_count (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    persons    bigint      NOT NULL,
    counted_at timestamptz NOT NULL
);
