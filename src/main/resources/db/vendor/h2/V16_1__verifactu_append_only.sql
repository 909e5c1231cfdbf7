-- Records of the VERI*FACTU chain are never changed nor removed, whoever connects.
CREATE TRIGGER verifactu_record_append_only BEFORE UPDATE, DELETE ON verifactu_record
    FOR EACH ROW CALL 'org.trastienda.verifactu.h2.AppendOnlyTrigger';
