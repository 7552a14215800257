-- Personal API tokens for the REST API (bearer authentication). Only the SHA-256 of a token is stored.
CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
