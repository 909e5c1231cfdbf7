-- An issued invoice is never edited or deleted, whatever writes to the database: once its status
-- leaves DRAFT, its row changes only from ISSUED to CANCELLED (status and the cancellation columns),
-- and its lines and tax rows no longer change at all.
CREATE FUNCTION invoice_frozen() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'DRAFT' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'ISSUED' AND NEW.status = 'CANCELLED'
            AND to_jsonb(NEW) - ARRAY['status', 'cancelled_at', 'cancelled_by', 'cancel_reason', 'version']
                = to_jsonb(OLD) - ARRAY['status', 'cancelled_at', 'cancelled_by', 'cancel_reason', 'version'] THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'invoice % is %: an issued invoice is never changed', OLD.id, OLD.status
        USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoice_frozen BEFORE UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION invoice_frozen();

CREATE FUNCTION invoice_part_frozen() RETURNS trigger AS $$
DECLARE
    parent_status VARCHAR(20);
BEGIN
    SELECT status INTO parent_status FROM invoice
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.invoice_id ELSE NEW.invoice_id END;
    IF parent_status IS DISTINCT FROM 'DRAFT'
            OR (TG_OP = 'UPDATE' AND OLD.invoice_id <> NEW.invoice_id) THEN
        RAISE EXCEPTION 'the lines and taxes of invoice % are frozen', COALESCE(NEW.invoice_id, OLD.invoice_id)
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER invoice_line_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION invoice_part_frozen();

CREATE TRIGGER invoice_tax_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_tax
    FOR EACH ROW EXECUTE FUNCTION invoice_part_frozen();
