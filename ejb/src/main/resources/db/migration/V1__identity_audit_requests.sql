-- Ordo schema, version 1: organisation, users and roles, login security, audit log, requests.
-- Identifiers come from one sequence; EclipseLink preallocates blocks of 50 (INCREMENT 50).
CREATE SEQUENCE ordo_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT PRIMARY KEY,
    parent_id   BIGINT REFERENCES org_unit (id),
    kind        VARCHAR(16)   NOT NULL CHECK (kind IN ('COMPANY', 'CITY', 'BRANCH', 'DEPARTMENT')),
    name        VARCHAR(200)  NOT NULL,
    -- materialised path of ids, e.g. '/1000/1050/1100/': a subtree is path LIKE '/1000/1050/%'
    path        VARCHAR(1000) NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT org_unit_root_is_company CHECK ((parent_id IS NULL) = (kind = 'COMPANY'))
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);
CREATE UNIQUE INDEX org_unit_path_uk ON org_unit (path text_pattern_ops);
CREATE UNIQUE INDEX org_unit_sibling_name_uk ON org_unit (COALESCE(parent_id, 0), lower(name));

CREATE TABLE app_user (
    id             BIGINT PRIMARY KEY,
    login          VARCHAR(64)  NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(254),
    password_hash  VARCHAR(300) NOT NULL,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'CHECK', 'BLOCKED')),
    org_unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    locale         VARCHAR(8)   NOT NULL DEFAULT 'ru' CHECK (locale IN ('ru', 'kk', 'en')),
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   TIMESTAMPTZ,
    last_login_at  TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX app_user_login_uk ON app_user (lower(login));
CREATE INDEX app_user_unit_idx ON app_user (org_unit_id);
CREATE INDEX app_user_name_idx ON app_user (lower(full_name) text_pattern_ops);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL CHECK (role IN ('ADMIN', 'HEAD', 'MANAGER', 'EXECUTOR', 'FINANCE', 'LAWYER',
                                                 'MARKETING', 'IT', 'CONTRACTOR')),
    PRIMARY KEY (user_id, role)
);
CREATE INDEX app_user_role_role_idx ON app_user_role (role, user_id);

-- "Remember me": only the SHA-256 of the random token is stored; deleting the row revokes it.
CREATE TABLE remember_me_token (
    id          BIGINT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX remember_me_token_user_idx ON remember_me_token (user_id);

-- The audit log: append-only. The application may INSERT and SELECT, never UPDATE or DELETE.
CREATE TABLE audit_log (
    id           BIGINT PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    BIGINT,
    action       VARCHAR(32)  NOT NULL,
    field        VARCHAR(64),
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at DESC);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;

-- Request numbers: one counter per type and year, incremented atomically (INSERT .. ON CONFLICT).
CREATE TABLE request_number_counter (
    type        VARCHAR(16) NOT NULL,
    year        INT         NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (type, year)
);

CREATE TABLE request (
    id           BIGINT PRIMARY KEY,
    number       VARCHAR(32)  NOT NULL,
    type         VARCHAR(16)  NOT NULL CHECK (type IN ('PAYMENT', 'PURCHASE', 'CONTRACT', 'MARKETING', 'IT', 'HR',
                                                      'REPAIR', 'INSTALLATION')),
    title        VARCHAR(300) NOT NULL,
    description  TEXT,
    org_unit_id  BIGINT       NOT NULL REFERENCES org_unit (id),
    priority     VARCHAR(8)   NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    deadline     DATE,
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'DONE',
                                                        'CLOSED', 'REJECTED', 'REWORK', 'WONT_FIX', 'DUPLICATE')),
    author_id    BIGINT       NOT NULL REFERENCES app_user (id),
    assignee_id  BIGINT       REFERENCES app_user (id),
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX request_number_uk ON request (number);
CREATE INDEX request_created_idx ON request (created_at DESC, id DESC);
CREATE INDEX request_unit_status_type_idx ON request (org_unit_id, status, type, created_at DESC);
CREATE INDEX request_status_type_idx ON request (status, type, created_at DESC);
CREATE INDEX request_assignee_idx ON request (assignee_id, status);
CREATE INDEX request_author_idx ON request (author_id, created_at DESC);
CREATE INDEX request_deadline_idx ON request (deadline) WHERE status NOT IN ('DONE', 'CLOSED', 'REJECTED', 'WONT_FIX', 'DUPLICATE');
