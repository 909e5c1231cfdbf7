-- The first block of ids lies above every customer created before the sequence existed.
SELECT setval('customer_seq', (SELECT COALESCE(MAX(id), 0) + 50 FROM customer), false);
