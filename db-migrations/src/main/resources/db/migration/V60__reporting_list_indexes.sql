-- The lists behind the dashboard's figures (StageLists, NeedLists, ProtectionLists) read reporting's summary instead
-- of the providers' views, which took 0.9 s for a stage of 1.3 million households and 7 s for a specific-need
-- category at 5,000,000 persons. A list is ordered by how long its households have been at their stage.

-- a stage's households, longest there first; the first page is the first entries of the index
CREATE INDEX reporting_household_stage_since ON reporting_household (stage, since, household_id);
-- a camp manager's or social worker's scope, and a camp's cells
CREATE INDEX reporting_household_camp ON reporting_household (camp, stage, since) WHERE camp IS NOT NULL;
-- the households that arrived on a day
CREATE INDEX reporting_household_arrived ON reporting_household (arrived_at);
-- the households and persons with a need of a category; their persons summed from the index alone
CREATE INDEX reporting_household_need_category ON reporting_household_need (category, camp) INCLUDE (persons, sensitive);
-- lists without a stage (a need category, a camp), longest at their stage first: the page walks this index and
-- stops at its 25th household (15 ms for the 330,000 persons of a common category, 400 ms by a sort)
CREATE INDEX reporting_household_since ON reporting_household (since, household_id);
