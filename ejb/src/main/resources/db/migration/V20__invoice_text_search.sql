-- Ordo schema, version 20: the invoice registry's text filter ("contains", case folded) over the number and the
-- purpose, served by trigram indexes (pg_trgm, a trusted extension of PostgreSQL's contrib: the database owner may
-- create it). Without them every search read all 200,000 invoices of the generated company with their
-- counterparties, twice per page (137-165 ms per statement); the counterparties matched are looked up first and
-- compared by id (InvoiceService), so PostgreSQL ORs three index scans.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX invoice_number_trgm_idx ON invoice USING gin (lower(number) gin_trgm_ops);
CREATE INDEX invoice_purpose_trgm_idx ON invoice USING gin (lower(purpose) gin_trgm_ops);
-- statistics of the indexed expressions, so the planner knows a common word from a rare one before autovacuum runs
ANALYZE invoice;
