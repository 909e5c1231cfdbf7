-- The first block of ids lies above every customer created before the sequence existed.
ALTER SEQUENCE customer_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM customer);
