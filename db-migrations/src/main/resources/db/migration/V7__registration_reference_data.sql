-- Reference data for individual registration: countries (citizenship, issuing country), document types and
-- languages. Codes are international (ISO 3166-1 alpha-3 as travel documents print them, ISO 639 for languages);
-- country and language names come from ICU4J in the reader's language, document-type labels are kept here in
-- English, Armenian and Russian. The admin edits all three lists; nothing is deleted, a code is deactivated.

CREATE TABLE country (
    code    varchar(3) PRIMARY KEY CONSTRAINT country_code_format CHECK (code ~ '^[A-Z]{3}$'),
    alpha2  varchar(2) NOT NULL CONSTRAINT country_alpha2_unique UNIQUE CONSTRAINT country_alpha2_format CHECK (alpha2 ~ '^[A-Z]{2}$'),
    active  boolean    NOT NULL DEFAULT true
);
INSERT INTO country (code, alpha2) VALUES
    ('AND', 'AD'), ('ARE', 'AE'), ('AFG', 'AF'), ('ATG', 'AG'), ('AIA', 'AI'), ('ALB', 'AL'), ('ARM', 'AM'), ('AGO', 'AO'), ('ATA', 'AQ'), ('ARG', 'AR'),
    ('ASM', 'AS'), ('AUT', 'AT'), ('AUS', 'AU'), ('ABW', 'AW'), ('ALA', 'AX'), ('AZE', 'AZ'), ('BIH', 'BA'), ('BRB', 'BB'), ('BGD', 'BD'), ('BEL', 'BE'),
    ('BFA', 'BF'), ('BGR', 'BG'), ('BHR', 'BH'), ('BDI', 'BI'), ('BEN', 'BJ'), ('BLM', 'BL'), ('BMU', 'BM'), ('BRN', 'BN'), ('BOL', 'BO'), ('BES', 'BQ'),
    ('BRA', 'BR'), ('BHS', 'BS'), ('BTN', 'BT'), ('BVT', 'BV'), ('BWA', 'BW'), ('BLR', 'BY'), ('BLZ', 'BZ'), ('CAN', 'CA'), ('CCK', 'CC'), ('COD', 'CD'),
    ('CAF', 'CF'), ('COG', 'CG'), ('CHE', 'CH'), ('CIV', 'CI'), ('COK', 'CK'), ('CHL', 'CL'), ('CMR', 'CM'), ('CHN', 'CN'), ('COL', 'CO'), ('CRI', 'CR'),
    ('CUB', 'CU'), ('CPV', 'CV'), ('CUW', 'CW'), ('CXR', 'CX'), ('CYP', 'CY'), ('CZE', 'CZ'), ('DEU', 'DE'), ('DJI', 'DJ'), ('DNK', 'DK'), ('DMA', 'DM'),
    ('DOM', 'DO'), ('DZA', 'DZ'), ('ECU', 'EC'), ('EST', 'EE'), ('EGY', 'EG'), ('ESH', 'EH'), ('ERI', 'ER'), ('ESP', 'ES'), ('ETH', 'ET'), ('FIN', 'FI'),
    ('FJI', 'FJ'), ('FLK', 'FK'), ('FSM', 'FM'), ('FRO', 'FO'), ('FRA', 'FR'), ('GAB', 'GA'), ('GBR', 'GB'), ('GRD', 'GD'), ('GEO', 'GE'), ('GUF', 'GF'),
    ('GGY', 'GG'), ('GHA', 'GH'), ('GIB', 'GI'), ('GRL', 'GL'), ('GMB', 'GM'), ('GIN', 'GN'), ('GLP', 'GP'), ('GNQ', 'GQ'), ('GRC', 'GR'), ('SGS', 'GS'),
    ('GTM', 'GT'), ('GUM', 'GU'), ('GNB', 'GW'), ('GUY', 'GY'), ('HKG', 'HK'), ('HMD', 'HM'), ('HND', 'HN'), ('HRV', 'HR'), ('HTI', 'HT'), ('HUN', 'HU'),
    ('IDN', 'ID'), ('IRL', 'IE'), ('ISR', 'IL'), ('IMN', 'IM'), ('IND', 'IN'), ('IOT', 'IO'), ('IRQ', 'IQ'), ('IRN', 'IR'), ('ISL', 'IS'), ('ITA', 'IT'),
    ('JEY', 'JE'), ('JAM', 'JM'), ('JOR', 'JO'), ('JPN', 'JP'), ('KEN', 'KE'), ('KGZ', 'KG'), ('KHM', 'KH'), ('KIR', 'KI'), ('COM', 'KM'), ('KNA', 'KN'),
    ('PRK', 'KP'), ('KOR', 'KR'), ('KWT', 'KW'), ('CYM', 'KY'), ('KAZ', 'KZ'), ('LAO', 'LA'), ('LBN', 'LB'), ('LCA', 'LC'), ('LIE', 'LI'), ('LKA', 'LK'),
    ('LBR', 'LR'), ('LSO', 'LS'), ('LTU', 'LT'), ('LUX', 'LU'), ('LVA', 'LV'), ('LBY', 'LY'), ('MAR', 'MA'), ('MCO', 'MC'), ('MDA', 'MD'), ('MNE', 'ME'),
    ('MAF', 'MF'), ('MDG', 'MG'), ('MHL', 'MH'), ('MKD', 'MK'), ('MLI', 'ML'), ('MMR', 'MM'), ('MNG', 'MN'), ('MAC', 'MO'), ('MNP', 'MP'), ('MTQ', 'MQ'),
    ('MRT', 'MR'), ('MSR', 'MS'), ('MLT', 'MT'), ('MUS', 'MU'), ('MDV', 'MV'), ('MWI', 'MW'), ('MEX', 'MX'), ('MYS', 'MY'), ('MOZ', 'MZ'), ('NAM', 'NA'),
    ('NCL', 'NC'), ('NER', 'NE'), ('NFK', 'NF'), ('NGA', 'NG'), ('NIC', 'NI'), ('NLD', 'NL'), ('NOR', 'NO'), ('NPL', 'NP'), ('NRU', 'NR'), ('NIU', 'NU'),
    ('NZL', 'NZ'), ('OMN', 'OM'), ('PAN', 'PA'), ('PER', 'PE'), ('PYF', 'PF'), ('PNG', 'PG'), ('PHL', 'PH'), ('PAK', 'PK'), ('POL', 'PL'), ('SPM', 'PM'),
    ('PCN', 'PN'), ('PRI', 'PR'), ('PSE', 'PS'), ('PRT', 'PT'), ('PLW', 'PW'), ('PRY', 'PY'), ('QAT', 'QA'), ('REU', 'RE'), ('ROU', 'RO'), ('SRB', 'RS'),
    ('RUS', 'RU'), ('RWA', 'RW'), ('SAU', 'SA'), ('SLB', 'SB'), ('SYC', 'SC'), ('SDN', 'SD'), ('SWE', 'SE'), ('SGP', 'SG'), ('SHN', 'SH'), ('SVN', 'SI'),
    ('SJM', 'SJ'), ('SVK', 'SK'), ('SLE', 'SL'), ('SMR', 'SM'), ('SEN', 'SN'), ('SOM', 'SO'), ('SUR', 'SR'), ('SSD', 'SS'), ('STP', 'ST'), ('SLV', 'SV'),
    ('SXM', 'SX'), ('SYR', 'SY'), ('SWZ', 'SZ'), ('TCA', 'TC'), ('TCD', 'TD'), ('ATF', 'TF'), ('TGO', 'TG'), ('THA', 'TH'), ('TJK', 'TJ'), ('TKL', 'TK'),
    ('TLS', 'TL'), ('TKM', 'TM'), ('TUN', 'TN'), ('TON', 'TO'), ('TUR', 'TR'), ('TTO', 'TT'), ('TUV', 'TV'), ('TWN', 'TW'), ('TZA', 'TZ'), ('UKR', 'UA'),
    ('UGA', 'UG'), ('UMI', 'UM'), ('USA', 'US'), ('URY', 'UY'), ('UZB', 'UZ'), ('VAT', 'VA'), ('VCT', 'VC'), ('VEN', 'VE'), ('VGB', 'VG'), ('VIR', 'VI'),
    ('VNM', 'VN'), ('VUT', 'VU'), ('WLF', 'WF'), ('WSM', 'WS'), ('YEM', 'YE'), ('MYT', 'YT'), ('ZAF', 'ZA'), ('ZMB', 'ZM'), ('ZWE', 'ZW');

CREATE TABLE document_type (
    code      varchar(20)  PRIMARY KEY CONSTRAINT document_type_code_format CHECK (code ~ '^[A-Z][A-Z_]{1,19}$'),
    label_en  varchar(100) NOT NULL CONSTRAINT document_type_label_en_not_blank CHECK (length(btrim(label_en)) > 0),
    label_hy  varchar(100) NOT NULL CONSTRAINT document_type_label_hy_not_blank CHECK (length(btrim(label_hy)) > 0),
    label_ru  varchar(100) NOT NULL CONSTRAINT document_type_label_ru_not_blank CHECK (length(btrim(label_ru)) > 0),
    active    boolean      NOT NULL DEFAULT true
);
INSERT INTO document_type (code, label_en, label_hy, label_ru) VALUES
    ('PASSPORT', 'Passport', 'Անձնագիր', 'Паспорт'),
    ('NATIONAL_ID', 'National identity card', 'Նույնականացման քարտ', 'Удостоверение личности'),
    ('BIRTH_CERTIFICATE', 'Birth certificate', 'Ծննդյան վկայական', 'Свидетельство о рождении'),
    ('DRIVING_LICENCE', 'Driving licence', 'Վարորդական վկայական', 'Водительское удостоверение'),
    ('MILITARY_ID', 'Military ID', 'Զինվորական գրքույկ', 'Военный билет'),
    ('TRAVEL_DOCUMENT', 'Travel document', 'Ճամփորդական փաստաթուղթ', 'Проездной документ'),
    ('RESIDENCE_PERMIT', 'Residence permit', 'Կացության քարտ', 'Вид на жительство'),
    ('OTHER', 'Other document', 'Այլ փաստաթուղթ', 'Другой документ');

CREATE TABLE language (
    code    varchar(3) PRIMARY KEY CONSTRAINT language_code_format CHECK (code ~ '^[a-z]{2,3}$'),
    active  boolean    NOT NULL DEFAULT true
);
INSERT INTO language (code) VALUES
    ('hy'), ('ru'), ('en'), ('ar'), ('ku'), ('ckb'), ('fa'), ('az'), ('ka'), ('tr'), ('uk'), ('fr'), ('de'), ('ps'),
    ('ur'), ('so'), ('ti'), ('am'), ('es'), ('zh');
