-- Accommodation decisions about one household take turns on a row camps owns (allocation, release to a private
-- address, check-in, no-show, check-out, move), instead of locking registration's household row: one row per
-- household that accommodation has dealt with, written (and so locked) at the start of each decision.
CREATE TABLE camp_household_turn (
    household_id  uuid        PRIMARY KEY,
    turns         bigint      NOT NULL DEFAULT 1
);
