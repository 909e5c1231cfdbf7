-- Two contract terms that shipments and invoicing follow: how much more than contracted a line may
-- ship (percent of its quantity), and whether invoices may run ahead of deliveries. Versions keep
-- them as approved.
ALTER TABLE contract ADD COLUMN over_delivery_tolerance_percent NUMERIC(5, 2) DEFAULT 0 NOT NULL;
ALTER TABLE contract ADD COLUMN invoicing_in_advance BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contract ADD CONSTRAINT contract_tolerance_ck
    CHECK (over_delivery_tolerance_percent BETWEEN 0 AND 100);

ALTER TABLE contract_revision ADD COLUMN over_delivery_tolerance_percent NUMERIC(5, 2) DEFAULT 0 NOT NULL;
ALTER TABLE contract_revision ADD COLUMN invoicing_in_advance BOOLEAN DEFAULT FALSE NOT NULL;
