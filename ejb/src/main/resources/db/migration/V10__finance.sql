-- Ordo schema, version 10: counterparties, budget lines, the invoice registry and its approval chain
-- (R-FIN-1..5, R-BUD-1..3).

CREATE TABLE counterparty (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(300) NOT NULL,
    bin        VARCHAR(12)  NOT NULL UNIQUE,
    iban       VARCHAR(34),
    bank       VARCHAR(200),
    bic        VARCHAR(11),
    kbe        VARCHAR(2),
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX counterparty_name_idx ON counterparty (lower(name));

-- A budget line: the plan of one month for one unit (branch/department), project and expense item, in KZT.
CREATE TABLE budget_line (
    id               BIGINT PRIMARY KEY,
    month            DATE          NOT NULL CHECK (extract(day FROM month) = 1),
    org_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    project_id       BIGINT REFERENCES project (id),
    item             VARCHAR(100)  NOT NULL,
    owner_id         BIGINT REFERENCES app_user (id),
    plan             NUMERIC(18,2) NOT NULL CHECK (plan >= 0),
    deviation_reason TEXT,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX budget_line_uk ON budget_line (month, org_unit_id, COALESCE(project_id, 0), lower(item));
CREATE INDEX budget_line_unit_idx ON budget_line (org_unit_id, month);

CREATE TABLE invoice (
    id              BIGINT PRIMARY KEY,
    number          VARCHAR(50)   NOT NULL,
    invoice_date    DATE          NOT NULL,
    counterparty_id BIGINT        NOT NULL REFERENCES counterparty (id),
    amount          NUMERIC(18,2) NOT NULL CHECK (amount > 0),
    currency        VARCHAR(3)    NOT NULL CHECK (currency IN ('KZT', 'RUB', 'USD', 'EUR')),
    rate            NUMERIC(18,6) NOT NULL CHECK (rate > 0),
    amount_kzt      NUMERIC(18,2) NOT NULL,
    purpose         VARCHAR(1000) NOT NULL,
    org_unit_id     BIGINT        NOT NULL REFERENCES org_unit (id),
    project_id      BIGINT REFERENCES project (id),
    budget_line_id  BIGINT REFERENCES budget_line (id),
    request_id      BIGINT REFERENCES request (id),
    payment_due     DATE,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('RECEIVED', 'ON_APPROVAL', 'APPROVED', 'IN_PAYMENT', 'PAID',
                                                             'CLOSED', 'REJECTED')),
    over_limit      BOOLEAN       NOT NULL DEFAULT FALSE,
    approved_at     TIMESTAMPTZ,
    paid_at         TIMESTAMPTZ,
    created_by_id   BIGINT        NOT NULL REFERENCES app_user (id),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX invoice_created_idx ON invoice (created_at DESC, id DESC);
CREATE INDEX invoice_status_idx ON invoice (status, invoice_date);
CREATE INDEX invoice_unit_idx ON invoice (org_unit_id, status, invoice_date);
CREATE INDEX invoice_duplicate_idx ON invoice (counterparty_id, lower(number));
-- plan / fact: each line's invoices by status
CREATE INDEX invoice_line_idx ON invoice (budget_line_id, status) INCLUDE (amount_kzt);

-- The approval chain of an invoice, made when it is sent for approval: steps of the same position are parallel
-- (all needed), positions follow each other. A step names a role, or a person (who may have a substitute).
CREATE TABLE invoice_approval (
    id          BIGINT PRIMARY KEY,
    invoice_id  BIGINT      NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position    INT         NOT NULL,
    role        VARCHAR(32),
    approver_id BIGINT REFERENCES app_user (id),
    extra       BOOLEAN     NOT NULL DEFAULT FALSE,
    decision    VARCHAR(16) CHECK (decision IN ('APPROVED', 'REJECTED')),
    decided_by_id BIGINT REFERENCES app_user (id),
    decided_at  TIMESTAMPTZ,
    comment     VARCHAR(2000),
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CHECK (role IS NOT NULL OR approver_id IS NOT NULL)
);
CREATE INDEX invoice_approval_invoice_idx ON invoice_approval (invoice_id, position);

-- Which steps an invoice of a given size gets (admin-edited): every rule whose threshold the amount in KZT reaches.
CREATE TABLE approval_rule (
    id             BIGINT PRIMARY KEY,
    min_amount_kzt NUMERIC(18,2) NOT NULL DEFAULT 0,
    position       INT           NOT NULL CHECK (position >= 1),
    role           VARCHAR(32),
    approver_id    BIGINT REFERENCES app_user (id),
    version        BIGINT        NOT NULL DEFAULT 0,
    CHECK (role IS NOT NULL OR approver_id IS NOT NULL)
);
INSERT INTO approval_rule (id, min_amount_kzt, position, role) VALUES
    (nextval('ordo_seq'), 0, 1, 'FINANCE'),
    (nextval('ordo_seq'), 1000000, 2, 'HEAD');

-- An approver away names a substitute for a period.
CREATE TABLE delegation (
    id         BIGINT PRIMARY KEY,
    from_id    BIGINT      NOT NULL REFERENCES app_user (id),
    to_id      BIGINT      NOT NULL REFERENCES app_user (id),
    starts     DATE        NOT NULL,
    ends       DATE        NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CHECK (from_id <> to_id),
    CHECK (starts <= ends)
);
CREATE INDEX delegation_from_idx ON delegation (from_id, starts, ends);
