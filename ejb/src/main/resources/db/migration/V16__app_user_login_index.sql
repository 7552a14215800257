-- Ordo schema, version 16: every HTTP request looks its caller up by login (WHERE login = ?), as do the login form
-- and remember-me. The unique index of version 1 is on lower(login), which that lookup cannot use: PostgreSQL read
-- the whole user table each time (0.33 ms of 2,000 users, the costliest statement of a create through the form).
-- Logins are stored in lower case (User lowercases them), so the plain column, with a check that keeps it so, is
-- unique in the same sense and serves the lookup.
ALTER TABLE app_user ADD CONSTRAINT app_user_login_lower CHECK (login = lower(login));
DROP INDEX app_user_login_uk;
CREATE UNIQUE INDEX app_user_login_uk ON app_user (login);
