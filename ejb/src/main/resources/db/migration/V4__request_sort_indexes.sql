-- The request list sorts by any of its columns over a million rows: one index per sort key (with the id as
-- the tie-breaker the list uses), so the first page is read in order instead of sorting every visible row.
CREATE INDEX request_sort_title_idx ON request (title, id);
CREATE INDEX request_sort_deadline_idx ON request (deadline, id);
CREATE INDEX request_sort_amount_idx ON request (amount, id);
CREATE INDEX request_sort_status_idx ON request (status, id);
CREATE INDEX request_sort_type_idx ON request (type, id);
CREATE INDEX request_sort_priority_idx ON request (priority, id);
CREATE INDEX request_sort_number_idx ON request (number, id);
