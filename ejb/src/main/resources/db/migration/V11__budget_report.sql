-- Ordo schema, version 11: the nightly budget report (R-REP-3): each night's XLSX kept for download, who gets it,
-- and email attachments in the outbox.
CREATE TABLE report_file (
    id         BIGINT PRIMARY KEY,
    kind       VARCHAR(32)  NOT NULL,
    day        DATE         NOT NULL,
    file_name  VARCHAR(200) NOT NULL,
    content    BYTEA        NOT NULL,
    mailed     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (kind, day)
);
-- the management list; while it is empty the report goes to the active heads and finance staff
CREATE TABLE report_recipient (
    user_id BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE
);
ALTER TABLE outbox_message ADD COLUMN attachment_id BIGINT REFERENCES report_file (id);
