-- Bench data for issue 4: :invoices issued invoices (two lines each) on the bench contracts the contract
-- bench generated, in the default ordinary series F from 1 January 2025 to yesterday, numbered per year
-- without gaps, and their VERI*FACTU chain of altas (huellas computed exactly as the application does)
-- under the AEAT's sample issuer NIF. Written straight into the tables; the application then issues
-- more through the API after them, in the same series and chain. Bench contracts allow invoicing in
-- advance, so the pre-check does not ask for deliveries the bench never made.
-- Usage: psql -v invoices=200000 -f bench/invoices.sql
\set ON_ERROR_STOP on
BEGIN;
UPDATE company_settings SET legal_name = 'Trastienda Bench, S.L.', tax_id = '89890001K', street = 'Calle Mayor 1',
    postal_code = '28013', city = 'Madrid', province = 'Madrid';
UPDATE contract SET invoicing_in_advance = TRUE WHERE number LIKE 'CV-____-B%';

CREATE TEMP TABLE bench_contract AS
SELECT row_number() OVER (ORDER BY c.id) AS n, c.id, c.number, c.party_id, c.region_id, c.owner_id, p.legal_name,
       p.tax_id, p.street || ', ' || p.postal_code || ' ' || p.city AS address
FROM contract c JOIN customer p ON p.id = c.party_id
WHERE c.number LIKE 'CV-____-B%' AND c.status IN ('ACTIVE', 'COMPLETED');
CREATE INDEX ON bench_contract (n);

-- Invoice g is dated so that the dates grow with the numbers, as in a real series.
CREATE TEMP TABLE bench_invoice AS
SELECT g, DATE '2025-01-01' + ((g - 1) * (CURRENT_DATE - 1 - DATE '2025-01-01') / :invoices)::int AS issue_date,
       1 + g % (SELECT count(*) FROM bench_contract) AS contract_n
FROM generate_series(1, :invoices) g;

INSERT INTO invoice (contract_id, contract_number, customer_id, customer_name, region_id, owner_id, type, series_id,
                     status, issue_year, sequence_number, invoice_number, issue_date, operation_date, due_date,
                     currency, recargo_equivalencia, net_total, vat_total, recargo_total, tax_total, gross_total,
                     issuer_name, issuer_tax_id, issuer_address, recipient_name, recipient_tax_id, recipient_address,
                     created_at, created_by, updated_at, updated_by, issued_at, issued_by, version)
SELECT c.id, c.number, c.party_id, c.legal_name, c.region_id, c.owner_id, 'F1', s.id, 'DRAFT',
       extract(YEAR FROM b.issue_date), row_number() OVER (PARTITION BY extract(YEAR FROM b.issue_date) ORDER BY b.g),
       'F' || extract(YEAR FROM b.issue_date) || '-'
           || lpad((row_number() OVER (PARTITION BY extract(YEAR FROM b.issue_date) ORDER BY b.g))::text, 5, '0'),
       b.issue_date, b.issue_date, b.issue_date + 30, 'EUR', FALSE, 0, 0, 0, 0, 0,
       'Trastienda Bench, S.L.', '89890001K', 'Calle Mayor 1, 28013 Madrid', c.legal_name, c.tax_id, c.address,
       b.issue_date, 'bench', b.issue_date, 'bench', b.issue_date, 'bench', 0
FROM bench_invoice b JOIN bench_contract c ON c.n = b.contract_n
CROSS JOIN (SELECT id FROM invoice_series WHERE code = 'F') s
ORDER BY b.g;

INSERT INTO invoice_line (invoice_id, position, contract_line_id, description, unit, quantity, unit_price,
                          discount_percent, vat_rate, net_amount)
SELECT i.id, k, l.id, l.description, l.unit, 1, l.unit_price, l.discount_percent, l.vat_rate, round(l.unit_price, 2)
FROM invoice i CROSS JOIN generate_series(1, 2) k
JOIN contract_line l ON l.contract_id = i.contract_id AND l.position = 2 * (i.sequence_number % 5) + k
WHERE i.created_by = 'bench' AND i.status = 'DRAFT';

INSERT INTO invoice_tax (invoice_id, vat_rate, base, vat, recargo_rate, recargo)
SELECT invoice_id, vat_rate, sum(net_amount), round(sum(net_amount) * vat_rate / 100, 2), 0, 0
FROM invoice_line WHERE invoice_id IN (SELECT id FROM invoice WHERE created_by = 'bench' AND status = 'DRAFT')
GROUP BY invoice_id, vat_rate;
ANALYZE invoice;
ANALYZE invoice_tax;

UPDATE invoice i SET net_total = t.base, vat_total = t.vat, tax_total = t.vat, gross_total = t.base + t.vat
FROM (SELECT invoice_id, sum(base) AS base, sum(vat) AS vat FROM invoice_tax GROUP BY invoice_id) t
WHERE t.invoice_id = i.id AND i.created_by = 'bench' AND i.status = 'DRAFT';

INSERT INTO invoice_series_counter (series_id, issue_year, last_number, last_issue_date)
SELECT series_id, issue_year, max(sequence_number), max(issue_date)
FROM invoice WHERE created_by = 'bench' AND status = 'DRAFT' GROUP BY series_id, issue_year;

-- The chain: each alta's huella over the fields of INVOICING-ES.md, the previous huella included.
INSERT INTO verifactu_chain_head (issuer_tax_id, last_sequence) VALUES ('89890001K', 0);
DO $$
DECLARE
    inv RECORD;
    previous CHAR(64);
    current CHAR(64);
    seq_no BIGINT := 0;
    generated VARCHAR(32);
BEGIN
    FOR inv IN SELECT id, invoice_number, to_char(issue_date, 'DD-MM-YYYY') AS day, issue_date,
                      to_char(tax_total, 'FM999999999990.00') AS tax, to_char(gross_total, 'FM999999999990.00') AS gross
               FROM invoice WHERE created_by = 'bench' AND status = 'DRAFT' ORDER BY issue_date, id LOOP
        seq_no := seq_no + 1;
        generated := to_char(inv.issue_date, 'YYYY-MM-DD') || 'T10:' || lpad((seq_no % 60)::text, 2, '0') || ':00+01:00';
        current := upper(encode(sha256(convert_to(
            'IDEmisorFactura=89890001K&NumSerieFactura=' || inv.invoice_number || '&FechaExpedicionFactura=' || inv.day
            || '&TipoFactura=F1&CuotaTotal=' || inv.tax || '&ImporteTotal=' || inv.gross || '&Huella='
            || coalesce(previous, '') || '&FechaHoraHusoGenRegistro=' || generated, 'UTF8')), 'hex'));
        INSERT INTO verifactu_record (issuer_tax_id, sequence_number, kind, series_number, issue_date, invoice_type,
                                      tax_total, gross_total, previous_huella, generated_at, huella, invoice_id)
        VALUES ('89890001K', seq_no, 'ALTA', inv.invoice_number, inv.day, 'F1', inv.tax, inv.gross, previous,
                generated, current, inv.id);
        previous := current;
    END LOOP;
    UPDATE verifactu_chain_head SET last_sequence = seq_no WHERE issuer_tax_id = '89890001K';
END $$;

UPDATE invoice i SET status = 'ISSUED', huella = r.huella
FROM verifactu_record r WHERE r.invoice_id = i.id AND i.created_by = 'bench' AND i.status = 'DRAFT';
COMMIT;
ANALYZE invoice;
ANALYZE invoice_line;
ANALYZE verifactu_record;
SELECT count(*) AS issued_invoices FROM invoice WHERE status = 'ISSUED';
SELECT count(*) AS chain_records FROM verifactu_record;
