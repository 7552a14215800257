-- Ordo schema, version 19: the request list's text filter compares ordo_fts(search_doc, ?) with ordo_true()
-- instead of a bound TRUE. A prepared statement's generic plan keeps "ordo_fts(...) = $n" as a filter the GIN index
-- cannot serve, so once PostgreSQL switched to it every text search read the caller's whole scope (a manager's
-- unit: 61,000 rows, 110 ms, whatever the words). This constant is folded while planning, "x = TRUE" becomes "x",
-- ordo_fts is inlined, and the search index serves the generic plan too.
CREATE FUNCTION ordo_true() RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT TRUE
$$;
