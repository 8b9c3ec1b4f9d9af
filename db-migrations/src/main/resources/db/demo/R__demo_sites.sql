-- Demo sites (applied only when REFUGE_DEMO_DATA=true): the Keycloak demo users are bound to these codes.
INSERT INTO site (code, kind, name, region) VALUES
    ('BCP-MARGARA',     'BCP',  'Margara border crossing point',     'Armavir'),
    ('BCP-BAGRATASHEN', 'BCP',  'Bagratashen border crossing point', 'Tavush'),
    ('BCP-KORNIDZOR',   'BCP',  'Kornidzor border crossing point',   'Syunik'),
    ('CAMP-ARARAT-1',   'CAMP', 'Ararat temporary camp 1',           'Ararat'),
    ('CAMP-GORIS-1',    'CAMP', 'Goris temporary camp 1',            'Syunik')
ON CONFLICT (code) DO NOTHING;
