-- An issued invoice is never edited or deleted, whatever writes to the database: see
-- org.trastienda.billing.db.FrozenInvoiceTrigger (the PostgreSQL migration does it in PL/pgSQL).
CREATE TRIGGER invoice_frozen BEFORE UPDATE, DELETE ON invoice
    FOR EACH ROW CALL 'org.trastienda.billing.db.FrozenInvoiceTrigger';
CREATE TRIGGER invoice_line_frozen BEFORE INSERT, UPDATE, DELETE ON invoice_line
    FOR EACH ROW CALL 'org.trastienda.billing.db.FrozenInvoiceTrigger';
CREATE TRIGGER invoice_tax_frozen BEFORE INSERT, UPDATE, DELETE ON invoice_tax
    FOR EACH ROW CALL 'org.trastienda.billing.db.FrozenInvoiceTrigger';
