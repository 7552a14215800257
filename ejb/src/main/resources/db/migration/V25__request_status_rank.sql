-- Ordo schema, version 25: the list sorted by status goes by the workflow — the open statuses as work moves
-- (new, in progress, rework, on approval, awaiting), then done and the final ones (closed, rejected, won't fix,
-- duplicate) — not by the letters of the stored codes (AWAITING, CLOSED, DONE, DUPLICATE, IN_PROGRESS, …), which in
-- the user's language read as no order at all. As for priority (V24): an immutable function of the code, indexed with
-- the id, so a sorted page of a million requests is read from the index. Unlike V24 the (status, id) index of version 4
-- stays: a whole company's filter by one status reads its ids from it (NEW: 3.6-4.8 ms; 16-24 ms without it).
CREATE FUNCTION request_status_rank(code varchar) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE code WHEN 'NEW' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'REWORK' THEN 3 WHEN 'ON_APPROVAL' THEN 4
                           WHEN 'AWAITING' THEN 5 WHEN 'DONE' THEN 6 WHEN 'CLOSED' THEN 7 WHEN 'REJECTED' THEN 8
                           WHEN 'WONT_FIX' THEN 9 WHEN 'DUPLICATE' THEN 10 END::smallint $$;
CREATE INDEX request_status_rank_idx ON request (request_status_rank(status), id);
