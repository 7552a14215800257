-- Ordo schema, version 15: a named approver (or whoever stands in for them) sees the requests whose chain names
-- them; the list and the card look them up by approver.
CREATE INDEX request_approval_approver_idx ON request_approval (approver_id, request_id) WHERE approver_id IS NOT NULL;
