-- Assistance (issue 14, items 2 and 3): what can be handed out, who supplies it, what each site holds, and the rules
-- of who is entitled to what. Reference rows are deactivated, never deleted: stock entries and rules keep naming them.
-- Sites are platform reference data (site); no other context's table is named.

CREATE TABLE assistance_item (
    code        varchar(40)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
    name_en     varchar(200)  NOT NULL CHECK (btrim(name_en) <> ''),
    name_hy     varchar(200)  NOT NULL CHECK (btrim(name_hy) <> ''),
    name_ru     varchar(200)  NOT NULL CHECK (btrim(name_ru) <> ''),
    unit        varchar(10)   NOT NULL CHECK (unit IN ('PIECE', 'KG', 'LITRE', 'PORTION', 'SET', 'PACK', 'AMD')),
    category    varchar(10)   NOT NULL CHECK (category IN ('FOOD', 'NON_FOOD', 'SHELTER', 'CASH', 'HEALTH')),
    active      boolean       NOT NULL DEFAULT true,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE assistance_partner (
    code        varchar(40)   PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
    name        varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    kind        varchar(12)   NOT NULL CHECK (kind IN ('STATE', 'UN_AGENCY', 'RED_CROSS', 'NGO', 'DONOR', 'OTHER')),
    active      boolean       NOT NULL DEFAULT true,
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);

-- The stock ledger: rows are only ever added. A balance per site x item x partner is the sum of the quantities.
-- RECEIPT: goods received (> 0). CORRECTION: reverses one receipt in full (its negated quantity, with the reason);
-- a receipt is reversed at most once. DISTRIBUTION: goods handed out (< 0), one row per collection, inserted by the
-- collections of a later part of issue 14 with their collection's id (so a collection is deducted once).
CREATE TABLE assistance_stock_entry (
    id             uuid           PRIMARY KEY,
    kind           varchar(12)    NOT NULL CHECK (kind IN ('RECEIPT', 'CORRECTION', 'DISTRIBUTION')),
    site_code      varchar(40)    NOT NULL REFERENCES site (code),
    item_code      varchar(40)    NOT NULL REFERENCES assistance_item (code),
    partner_code   varchar(40)    NOT NULL REFERENCES assistance_partner (code),
    quantity       numeric(15, 3) NOT NULL CHECK (quantity <> 0),
    received_on    date           NOT NULL,
    recorded_at    timestamptz    NOT NULL,
    recorded_by    varchar(100)   NOT NULL,
    note           varchar(300),
    corrects       uuid           REFERENCES assistance_stock_entry (id),
    collection_id  uuid,
    CHECK (kind <> 'RECEIPT' OR (quantity > 0 AND corrects IS NULL)),
    CHECK (kind <> 'CORRECTION' OR (corrects IS NOT NULL AND note IS NOT NULL)),
    CHECK (kind <> 'DISTRIBUTION' OR quantity < 0),
    CHECK ((kind = 'DISTRIBUTION') = (collection_id IS NOT NULL))
);
CREATE UNIQUE INDEX assistance_stock_entry_corrects ON assistance_stock_entry (corrects) WHERE corrects IS NOT NULL;
CREATE UNIQUE INDEX assistance_stock_entry_collection ON assistance_stock_entry (collection_id) WHERE collection_id IS NOT NULL;
CREATE INDEX assistance_stock_entry_site ON assistance_stock_entry (site_code, recorded_at DESC);

-- Entitlements: a rule (its code) and its versions. An edit closes the current version (valid_to, exclusive) and
-- opens the next one, so "the rule on a day" is the version whose [valid_from, valid_to) holds that day; versions
-- are never changed otherwise. The rule's row is versioned, so two editors of one rule cannot both open a version.
CREATE TABLE assistance_entitlement (
    id          uuid          PRIMARY KEY,
    code        varchar(40)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
    version     bigint        NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL
);

CREATE TABLE assistance_entitlement_version (
    id              uuid            PRIMARY KEY,
    entitlement_id  uuid            NOT NULL REFERENCES assistance_entitlement (id),
    number          integer         NOT NULL CHECK (number >= 1),
    item_code       varchar(40)     NOT NULL REFERENCES assistance_item (code),
    per             varchar(10)     NOT NULL CHECK (per IN ('PERSON', 'HOUSEHOLD')),
    quantity        numeric(15, 3)  CHECK (quantity > 0),
    period          varchar(10)     NOT NULL CHECK (period IN ('ONCE', 'DAILY', 'WEEKLY', 'MONTHLY')),
    months          integer         CHECK (months BETWEEN 1 AND 60),
    stage           varchar(20)     NOT NULL CHECK (stage IN ('IN_CAMP', 'PRIVATE_ADDRESS', 'ANY_REGISTERED')),
    site_code       varchar(40)     REFERENCES site (code),
    need_category   varchar(10)     CHECK (need_category ~ '^[A-Z]{2}$'),
    age_group       varchar(10)     CHECK (age_group IN ('0-4', '5-11', '12-17', '18-59', '60+')),
    partner_code    varchar(40)     NOT NULL REFERENCES assistance_partner (code),
    valid_from      date            NOT NULL,
    valid_to        date,
    recorded_at     timestamptz     NOT NULL,
    recorded_by     varchar(100)    NOT NULL,
    UNIQUE (entitlement_id, number),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((period = 'MONTHLY') = (months IS NOT NULL)),
    CHECK (quantity IS NOT NULL OR per = 'HOUSEHOLD')
);
CREATE INDEX assistance_entitlement_version_days ON assistance_entitlement_version (valid_from, valid_to);

-- Household-size bands of a version without a fixed quantity: from min_size persons (to max_size, or more), quantity.
CREATE TABLE assistance_entitlement_band (
    version_id  uuid            NOT NULL REFERENCES assistance_entitlement_version (id),
    min_size    integer         NOT NULL CHECK (min_size BETWEEN 1 AND 100),
    max_size    integer         CHECK (max_size BETWEEN 1 AND 100),
    quantity    numeric(15, 3)  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (version_id, min_size),
    CHECK (max_size IS NULL OR max_size >= min_size)
);

INSERT INTO assistance_item (code, name_en, name_hy, name_ru, unit, category) VALUES
    ('FOOD-PARCEL', 'Food parcel', 'Սննդի փաթեթ', 'Продуктовый набор', 'PIECE', 'FOOD'),
    ('HOT-MEAL', 'Hot meal', 'Տաք կերակուր', 'Горячее питание', 'PORTION', 'FOOD'),
    ('WATER', 'Drinking water', 'Խմելու ջուր', 'Питьевая вода', 'LITRE', 'FOOD'),
    ('BREAD', 'Bread', 'Հաց', 'Хлеб', 'KG', 'FOOD'),
    ('BABY-FOOD', 'Infant food', 'Մանկական սնունդ', 'Детское питание', 'PACK', 'FOOD'),
    ('HYGIENE-KIT', 'Hygiene kit', 'Հիգիենայի պարագաների հավաքածու', 'Гигиенический набор', 'PIECE', 'NON_FOOD'),
    ('DIGNITY-KIT', 'Dignity kit for women', 'Կանանց հիգիենայի հավաքածու', 'Набор для женщин', 'PIECE', 'NON_FOOD'),
    ('BABY-KIT', 'Baby kit', 'Մանկական հավաքածու', 'Детский набор', 'PIECE', 'NON_FOOD'),
    ('WINTER-CLOTHES', 'Winter clothes', 'Ձմեռային հագուստ', 'Зимняя одежда', 'SET', 'NON_FOOD'),
    ('KITCHEN-SET', 'Kitchen set', 'Խոհանոցային պարագաների հավաքածու', 'Кухонный набор', 'SET', 'NON_FOOD'),
    ('BLANKET', 'Blanket', 'Վերմակ', 'Одеяло', 'PIECE', 'SHELTER'),
    ('MATTRESS', 'Mattress', 'Ներքնակ', 'Матрас', 'PIECE', 'SHELTER'),
    ('BED-LINEN', 'Bed linen', 'Անկողնու սպիտակեղեն', 'Постельное бельё', 'SET', 'SHELTER'),
    ('HEATER', 'Heater', 'Տաքացուցիչ', 'Обогреватель', 'PIECE', 'SHELTER'),
    ('CASH-ONE-OFF', 'One-off cash assistance', 'Միանվագ դրամական աջակցություն', 'Единовременная денежная помощь', 'AMD', 'CASH'),
    ('CASH-RENT', 'Rent support', 'Բնակվարձի աջակցություն', 'Помощь на аренду жилья', 'AMD', 'CASH'),
    ('CASH-UTILITIES', 'Utility bills support', 'Կոմունալ վճարների աջակցություն', 'Помощь на коммунальные платежи', 'AMD', 'CASH'),
    ('MEDICATION', 'Medication', 'Դեղորայք', 'Лекарства', 'PACK', 'HEALTH'),
    ('FIRST-AID-KIT', 'First aid kit', 'Առաջին օգնության դեղարկղ', 'Аптечка первой помощи', 'PIECE', 'HEALTH');

INSERT INTO assistance_partner (code, name, kind) VALUES
    ('STATE-RESERVE', 'State material reserve', 'STATE'),
    ('MLSA', 'Ministry of Labour and Social Affairs', 'STATE'),
    ('UNHCR', 'UNHCR, the UN Refugee Agency', 'UN_AGENCY'),
    ('IOM', 'International Organization for Migration', 'UN_AGENCY'),
    ('WFP', 'World Food Programme', 'UN_AGENCY'),
    ('UNICEF', 'UNICEF', 'UN_AGENCY'),
    ('ARCS', 'Armenian Red Cross Society', 'RED_CROSS'),
    ('ICRC', 'International Committee of the Red Cross', 'RED_CROSS'),
    ('CARITAS', 'Caritas Armenia', 'NGO');
