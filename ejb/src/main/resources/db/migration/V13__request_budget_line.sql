-- Ordo schema, version 13 (issue 6, R-BUD-2): a payment or purchase request may be charged to a budget line. From
-- the moment it goes on approval until an invoice takes over its money it holds its amount on the line; a request
-- that would exceed the line's remainder is marked over the limit and needs the head's and the financial
-- director's approval (the first of the two is kept here).
ALTER TABLE request
    ADD COLUMN budget_line_id     BIGINT REFERENCES budget_line (id),
    ADD COLUMN over_limit         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN first_approval_by  BIGINT REFERENCES app_user (id),
    ADD CONSTRAINT request_line_in_kzt CHECK (budget_line_id IS NULL OR (amount IS NOT NULL AND currency = 'KZT'));
-- the holds of a line: only requests that carry one are in this index
CREATE INDEX request_budget_line_idx ON request (budget_line_id, status) INCLUDE (amount) WHERE budget_line_id IS NOT NULL;
-- which invoice pays which request (the request's hold ends when its invoice holds the money)
CREATE INDEX invoice_request_idx ON invoice (request_id) WHERE request_id IS NOT NULL;
