-- PostgreSQL only: fragment search (LIKE '%text%') over a large catalogue uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX product_search_trgm_idx ON product USING gin (search_text gin_trgm_ops);
