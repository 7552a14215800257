-- Ordo schema, version 24: the list sorted by priority goes by urgency (low, medium, high, urgent), not by the
-- letters of the stored code (HIGH, LOW, MEDIUM, URGENT). The rank is an immutable function of the code, and the
-- sort index of version 4 on (priority, id) becomes one on (rank, id): the list's ORDER BY names the same function,
-- so a page of a million requests sorted by priority is still read from the index.
CREATE FUNCTION request_priority_rank(code varchar) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE code WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'URGENT' THEN 4 END::smallint $$;
DROP INDEX request_sort_priority_idx;
CREATE INDEX request_sort_priority_idx ON request (request_priority_rank(priority), id);
