-- Ordo schema, version 26: V24 turned the (priority, id) index of version 4 into the rank's, and a whole company's
-- filter by one priority (an admin's "urgent") lost its index-only read of the count's ids: a sequential scan,
-- 62-80 ms for 10,001 ids against 4.9-13 ms before. The (priority, type, created_at) index of V23 now carries the id,
-- so that filter reads its ids from it alone (4.7-12 ms) and finance's type arm keeps its bitmap; the table keeps
-- its 22 indexes.
DROP INDEX request_priority_type_idx;
CREATE INDEX request_priority_type_idx ON request (priority, type, created_at DESC) INCLUDE (id);
