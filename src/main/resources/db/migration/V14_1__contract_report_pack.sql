-- The monthly report packs made so far: one PDF and one XLSX per month, scope (ALL for the whole
-- company, REGION:<id> for one region) and language, made once and sent to every recipient of that
-- scope, so a job that runs again (or a recipient added later) sends the same figures.
CREATE TABLE contract_report_pack (
    pack_month   CHAR(7)     NOT NULL,
    scope        VARCHAR(40) NOT NULL,
    language     VARCHAR(5)  NOT NULL,
    pdf_file_id  BIGINT      NOT NULL REFERENCES stored_file (id),
    xlsx_file_id BIGINT      NOT NULL REFERENCES stored_file (id),
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT contract_report_pack_pk PRIMARY KEY (pack_month, scope, language)
);
