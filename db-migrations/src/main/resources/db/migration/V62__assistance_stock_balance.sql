-- Assistance (issue 14): goods in kind are handed out only from what the site holds, and a household's per-person
-- entitlement is collected either as one household line (members not registered yet) or as its persons' lines, never
-- both in one period.

-- What a site holds of an item from a partner, kept equal to the sum of the ledger's rows (assistance_stock_entry) by
-- the trigger below, for goods in kind only: cash (category CASH, fixed for an item) is paid by the agency or the
-- state programme, never taken from a site's stock, so it has no row here and its balance is read from the ledger.
-- A desk locks the rows it takes from (SELECT ... FOR UPDATE, in key order) and refuses a collection for which the
-- row holds too little; the lock makes two desks taking the last units one after the other (StockLedger). No CHECK
-- (quantity >= 0): a receipt's correction records what was really received even when more was handed out already,
-- and the site's stock then shows the shortfall until the missing delivery is recorded.
CREATE TABLE assistance_stock_balance (
    site_code     varchar(40)     NOT NULL REFERENCES site (code),
    item_code     varchar(40)     NOT NULL REFERENCES assistance_item (code),
    partner_code  varchar(40)     NOT NULL REFERENCES assistance_partner (code),
    quantity      numeric(15, 3)  NOT NULL,
    PRIMARY KEY (site_code, item_code, partner_code)
);

CREATE FUNCTION assistance_stock_balance_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM assistance_item i WHERE i.code = NEW.item_code AND i.category <> 'CASH') THEN
        INSERT INTO assistance_stock_balance AS b (site_code, item_code, partner_code, quantity)
        VALUES (NEW.site_code, NEW.item_code, NEW.partner_code, NEW.quantity)
        ON CONFLICT (site_code, item_code, partner_code) DO UPDATE SET quantity = b.quantity + EXCLUDED.quantity;
    END IF;
    RETURN NULL;
END
$$;

-- the ledger is only ever added to (corrections are rows of their own), so the balance follows its inserts alone
CREATE FUNCTION assistance_stock_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'assistance_stock_entry is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER assistance_stock_balance_add AFTER INSERT ON assistance_stock_entry
    FOR EACH ROW EXECUTE FUNCTION assistance_stock_balance_add();
CREATE TRIGGER assistance_stock_entry_append_only BEFORE UPDATE OR DELETE ON assistance_stock_entry
    FOR EACH ROW EXECUTE FUNCTION assistance_stock_entry_append_only();

INSERT INTO assistance_stock_balance (site_code, item_code, partner_code, quantity)
SELECT e.site_code, e.item_code, e.partner_code, sum(e.quantity)
FROM assistance_stock_entry e
JOIN assistance_item i ON i.code = e.item_code AND i.category <> 'CASH'
GROUP BY e.site_code, e.item_code, e.partner_code;

-- A rule per person gives a household whose members are not registered yet one household line (person_id null, the
-- household its beneficiary) for its declared size; once members are registered their person lines take over. In one
-- period the lines of an entitlement for a household not voided are all of one kind: a household line and person
-- lines cannot both stand, whatever desk or list writes them (assistance_collection_once keeps each beneficiary to
-- one line). A rule per household only ever writes household lines, which this never refuses.
ALTER TABLE assistance_collection ADD CONSTRAINT assistance_collection_one_kind
    EXCLUDE USING gist (entitlement_id WITH =, household_id WITH =, period_from WITH =,
                        (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END) WITH <>)
    WHERE (voided_at IS NULL);
