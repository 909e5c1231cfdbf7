-- PostgreSQL only: fragment search (LIKE '%text%') over 100,000+ customers uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_search_trgm_idx ON customer USING gin (search_text gin_trgm_ops);
