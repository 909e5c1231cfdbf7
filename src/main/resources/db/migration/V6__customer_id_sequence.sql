-- Customer ids come from a sequence handed out in blocks of 50, so an import of thousands of rows
-- inserts them in JDBC batches (an identity column makes Hibernate insert one row at a time).
-- Rows inserted without an id still get one from the same sequence, never colliding with a block.
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
ALTER TABLE customer ALTER COLUMN id DROP IDENTITY;
ALTER TABLE customer ALTER COLUMN id SET DEFAULT nextval('customer_seq');
