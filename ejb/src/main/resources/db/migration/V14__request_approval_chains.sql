-- Ordo schema, version 14 (issue 6): approval chains for requests as for invoices. A rule applies to the invoice
-- registry or to one request type; a request sent for approval gets the steps of its type's rules (by amount), and
-- the approvals it collects are kept here. A type without rules keeps the single approval by its approver roles.
ALTER TABLE approval_rule ADD COLUMN applies_to VARCHAR(16) NOT NULL DEFAULT 'INVOICE';
CREATE INDEX approval_rule_applies_idx ON approval_rule (applies_to, min_amount_kzt);

CREATE TABLE request_approval (
    id            BIGINT PRIMARY KEY,
    request_id    BIGINT      NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    position      INT         NOT NULL,
    role          VARCHAR(32),
    approver_id   BIGINT REFERENCES app_user (id),
    extra         BOOLEAN     NOT NULL DEFAULT FALSE,
    decision      VARCHAR(16) CHECK (decision IN ('APPROVED', 'REJECTED')),
    decided_by_id BIGINT REFERENCES app_user (id),
    decided_at    TIMESTAMPTZ,
    comment       VARCHAR(2000),
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    CHECK (role IS NOT NULL OR approver_id IS NOT NULL)
);
CREATE INDEX request_approval_request_idx ON request_approval (request_id, position);
