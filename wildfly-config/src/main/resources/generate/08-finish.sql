-- Ordo data generator, step 7: the yearly number counters continue after the generated numbers, and the
-- id sequence after every generated id, so what users create next fits in.
INSERT INTO request_number_counter (type, year, last_value)
SELECT type, split_part(number, '-', 2)::INT, max(split_part(number, '-', 3)::BIGINT)
FROM request GROUP BY type, split_part(number, '-', 2)::INT
ON CONFLICT (type, year) DO UPDATE SET last_value = greatest(request_number_counter.last_value, EXCLUDED.last_value);
SELECT setval('ordo_seq', greatest((SELECT last_value FROM ordo_seq), nextval('gen_id'), nextval('gen_task')) + 1000);
