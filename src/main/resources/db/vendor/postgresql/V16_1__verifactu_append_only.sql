-- Records of the VERI*FACTU chain are never changed nor removed, whoever connects.
CREATE FUNCTION verifactu_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verifactu_record is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER verifactu_record_append_only BEFORE UPDATE OR DELETE ON verifactu_record
    FOR EACH ROW EXECUTE FUNCTION verifactu_record_refuse_change();

CREATE TRIGGER verifactu_record_no_truncate BEFORE TRUNCATE ON verifactu_record
    FOR EACH STATEMENT EXECUTE FUNCTION verifactu_record_refuse_change();
