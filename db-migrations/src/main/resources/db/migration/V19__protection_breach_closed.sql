-- A recorded breach whose documents will never be handed over is closed with its reason: the household was voided,
-- or nobody in it is protected any more. It stays counted as a breach, no longer as still waiting.
ALTER TABLE document_deadline_breach
    ADD COLUMN closed_at     timestamptz,
    ADD COLUMN closed_reason varchar(20) CONSTRAINT document_deadline_breach_closed_reason CHECK (closed_reason IN ('VOIDED', 'PROTECTION_ENDED')),
    ADD CONSTRAINT document_deadline_breach_closed CHECK ((closed_at IS NULL) = (closed_reason IS NULL));
