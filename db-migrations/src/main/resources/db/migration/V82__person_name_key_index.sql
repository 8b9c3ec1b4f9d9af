-- The duplicate check counts the persons who carry the typed whole name (a namesake of a common name is no evidence,
-- registration's MatchScorer), an index-only count on the exact key; the trigram indexes (V10, V12) serve similarity.
CREATE INDEX person_name_key_exact ON person (name_key);
