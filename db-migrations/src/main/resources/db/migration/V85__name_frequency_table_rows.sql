-- The person table's rows as the planner estimated them when the names were last counted: a large registry is counted
-- again when that estimate moved by 5 %. Comparing the estimate (every row, voided and merged too) with the persons
-- counted (registered only) would find a registry with 5 % voided or merged rows always due.
ALTER TABLE name_frequency_count ADD COLUMN table_rows bigint;
