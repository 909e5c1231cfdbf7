-- The product catalogue: products and the VAT rates they may carry.

-- VAT rates are data: a new rate or a change of the default needs no release.
CREATE TABLE vat_rate (
    rate       NUMERIC(5, 2) PRIMARY KEY,
    code       VARCHAR(20) NOT NULL,
    is_default BOOLEAN     NOT NULL DEFAULT FALSE,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT vat_rate_code_uk UNIQUE (code),
    CONSTRAINT vat_rate_range_ck CHECK (rate >= 0 AND rate < 100)
);
INSERT INTO vat_rate (rate, code, is_default) VALUES (21, 'GENERAL', TRUE);
INSERT INTO vat_rate (rate, code) VALUES (10, 'REDUCED'), (4, 'SUPER_REDUCED'), (0, 'EXEMPT');

-- Product ids come from a sequence handed out in blocks of 50, so an import inserts in JDBC batches.
CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE product (
    id          BIGINT        DEFAULT nextval('product_seq') PRIMARY KEY,
    sku         VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    category    VARCHAR(80),
    unit        VARCHAR(12)   NOT NULL,
    -- four decimals: goods priced per unit of little value (0.0125 a piece)
    list_price  NUMERIC(19, 4) NOT NULL,
    vat_rate    NUMERIC(5, 2) NOT NULL REFERENCES vat_rate (rate),
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    -- lower-cased SKU, name, category and description: what a fragment search looks in
    search_text VARCHAR(2400) NOT NULL DEFAULT '',
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT product_sku_uk UNIQUE (sku),
    CONSTRAINT product_list_price_ck CHECK (list_price >= 0)
);
CREATE INDEX product_category_idx ON product (category);
CREATE INDEX product_name_idx ON product (name);
