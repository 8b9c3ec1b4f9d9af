-- The duplicate check scores candidates (registration's MatchScorer): a match keeps the score it was raised with, in
-- bits, and its band, ASK (the desk was asked) or REVIEW (left to a caseworker). Matches raised before have neither.
ALTER TABLE duplicate_match
    ADD COLUMN score double precision,
    ADD COLUMN band  varchar(10) CONSTRAINT duplicate_match_band CHECK (band IN ('ASK', 'REVIEW'));

ALTER TABLE duplicate_match_aud
    ADD COLUMN score double precision,
    ADD COLUMN band  varchar(10);
