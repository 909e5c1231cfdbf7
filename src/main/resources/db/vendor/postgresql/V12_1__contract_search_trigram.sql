-- PostgreSQL only: fragment search (LIKE '%text%') over 100,000+ contracts uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX contract_search_trgm_idx ON contract USING gin (search_text gin_trgm_ops);
