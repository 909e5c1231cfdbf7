-- Bench data for issue 3: :contracts contracts (10 lines each) over the customers the customer
-- bench imported, two years of signing dates, every status; execution schedules with milestones
-- (some done, some late) for active and completed contracts. Numbers carry a "B" so they never
-- collide with the ones the app hands out. Written straight into the tables: generating 1,000,000
-- lines through the API would take the better part of an hour.
-- Usage: psql -v contracts=100000 -f bench/contracts.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_party AS
SELECT row_number() OVER (ORDER BY id) AS n, id, legal_name, region_id, owner_id FROM customer;
CREATE INDEX ON bench_party (n);

INSERT INTO contract (number, kind, party_id, party_name, title, signed_on, starts_on, ends_on, currency,
                      payment_terms_days, owner_id, region_id, status, revision, net_total, vat_total,
                      gross_total, search_text, author, created_at, updated_at, updated_by, version)
SELECT 'CV-' || (2025 + g % 2) || '-B' || lpad(g::text, 7, '0'), 'SALE', p.id, p.legal_name,
       'Suministro ' || g, DATE '2025-01-01' + (g % 700), DATE '2025-01-01' + (g % 700) + 7,
       DATE '2025-01-01' + (g % 700) + 97, 'EUR', 30, p.owner_id, p.region_id,
       (ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','COMPLETED','COMPLETED','DRAFT','PENDING_APPROVAL','CANCELLED'])[1 + g % 10],
       1, 0, 0, 0,
       lower('cv-' || (2025 + g % 2) || '-b' || lpad(g::text, 7, '0') || ' suministro ' || g || ' ' || p.legal_name),
       'bench', now(), now(), 'bench', 0
FROM generate_series(1, :contracts) g
JOIN bench_party p ON p.n = 1 + g % (SELECT count(*) FROM bench_party);

INSERT INTO contract_line (contract_id, position, description, quantity, unit, unit_price, discount_percent,
                           vat_rate, net_amount, vat_amount)
SELECT c.id, l, 'Artículo ' || ((c.id * 7 + l) % 150), 1 + (c.id + l) % 50, 'UNIT', 10.5 + (c.id * 3 + l) % 100, 0,
       21, round((1 + (c.id + l) % 50) * (10.5 + (c.id * 3 + l) % 100), 2),
       round((1 + (c.id + l) % 50) * (10.5 + (c.id * 3 + l) % 100) * 0.21, 2)
FROM contract c CROSS JOIN generate_series(1, 10) l
WHERE c.number LIKE 'CV-____-B%';
ANALYZE contract;
ANALYZE contract_line;

UPDATE contract c SET net_total = t.net, vat_total = round(t.net * 0.21, 2), gross_total = t.net + round(t.net * 0.21, 2)
FROM (SELECT contract_id, sum(net_amount) AS net FROM contract_line GROUP BY contract_id) t
WHERE t.contract_id = c.id AND c.number LIKE 'CV-____-B%';

INSERT INTO execution_schedule (contract_id, created_at, created_by, version)
SELECT id, now(), 'bench', 0 FROM contract WHERE number LIKE 'CV-____-B%' AND status IN ('ACTIVE', 'COMPLETED');
ANALYZE execution_schedule;

INSERT INTO milestone (schedule_id, contract_id, type, planned_date, actual_date, amount, completed_by, completed_at, version)
SELECT s.id, c.id, t.type, c.starts_on + t.offset_days,
       CASE WHEN c.status = 'COMPLETED' OR (c.starts_on + t.offset_days < CURRENT_DATE AND (c.id + t.position) % 4 <> 0)
            THEN c.starts_on + t.offset_days + (c.id % 5)::int END,
       CASE WHEN t.type IN ('INVOICING', 'PAYMENT') THEN c.gross_total END,
       CASE WHEN c.status = 'COMPLETED' OR (c.starts_on + t.offset_days < CURRENT_DATE AND (c.id + t.position) % 4 <> 0)
            THEN 'bench' END,
       CASE WHEN c.status = 'COMPLETED' OR (c.starts_on + t.offset_days < CURRENT_DATE AND (c.id + t.position) % 4 <> 0)
            THEN now() END,
       0
FROM execution_schedule s
JOIN contract c ON c.id = s.contract_id
CROSS JOIN (VALUES (1, 'PRODUCTION_ORDER', 0), (2, 'PRODUCTION_COMPLETE', 54), (3, 'SHIPMENT', 72), (4, 'DELIVERY', 90),
                   (5, 'ACCEPTANCE', 97), (6, 'INVOICING', 97), (7, 'PAYMENT', 127)) AS t (position, type, offset_days)
WHERE c.number LIKE 'CV-____-B%';
COMMIT;
ANALYZE contract;
ANALYZE contract_line;
ANALYZE milestone;
SELECT count(*) AS contracts FROM contract;
SELECT count(*) AS lines FROM contract_line;
SELECT count(*) AS milestones FROM milestone;
