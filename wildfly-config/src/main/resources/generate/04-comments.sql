-- Ordo data generator, step 4: 2,000,000 comments (scaled: 0–4 per request, 2 on average) by the request's
-- author and assignee. The request's full-text document already holds them (step 2), so the trigger that
-- adds a new comment's words to it is off while they are loaded.
ALTER TABLE comment DISABLE TRIGGER comment_into_request_search;
INSERT INTO comment (id, owner_type, owner_id, author_id, body, version, created_at, updated_at)
SELECT nextval('gen_id'), 'Request', r.id,
       CASE WHEN k % 2 = 1 OR r.assignee_id IS NULL THEN r.author_id ELSE r.assignee_id END,
       pg_temp.comment_body(r.g, k), 0, c.at, c.at
FROM rq r
CROSS JOIN LATERAL generate_series(1, (r.g % 5)::INT) k
CROSS JOIN LATERAL (SELECT least(r.created + k * (1 + pg_temp.h(r.g, 60 + k, 48)) * interval '1 hour', now() - interval '1 minute') AS at) c;
ALTER TABLE comment ENABLE TRIGGER comment_into_request_search;
