-- Ordo schema, version 3: the whole request module (R-REQ-1..4, R-COM-1, R-COM-4, R-SEED-5/13/14)
-- and the record-attached items every module reuses: files, checklists, comments with mentions.

CREATE TABLE project (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX project_code_uk ON project (lower(code));

ALTER TABLE request
    ADD COLUMN project_id      BIGINT REFERENCES project (id),
    ADD COLUMN amount          NUMERIC(19, 2) CHECK (amount IS NULL OR amount > 0),
    ADD COLUMN currency        CHAR(3) CHECK (currency IN ('KZT', 'RUB', 'USD', 'EUR')),
    ADD COLUMN status_reason   TEXT,
    ADD COLUMN duplicate_of_id BIGINT REFERENCES request (id),
    ADD COLUMN accepted_at     TIMESTAMPTZ,
    ADD COLUMN accepted_by_id  BIGINT REFERENCES app_user (id),
    ADD COLUMN closed_at       TIMESTAMPTZ,
    -- full-text search (Russian configuration): own fields plus every comment, kept by triggers
    ADD COLUMN comment_doc     TSVECTOR,
    ADD COLUMN search_doc      TSVECTOR,
    ADD CONSTRAINT request_money_has_currency CHECK ((amount IS NULL) = (currency IS NULL)),
    ADD CONSTRAINT request_duplicate_has_original CHECK ((status = 'DUPLICATE') = (duplicate_of_id IS NOT NULL));
CREATE INDEX request_project_idx ON request (project_id, created_at DESC) WHERE project_id IS NOT NULL;
CREATE INDEX request_search_idx ON request USING gin (search_doc);
CREATE INDEX request_duplicate_idx ON request (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;

CREATE FUNCTION request_search_doc() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_doc := setweight(to_tsvector('russian', NEW.number || ' ' || NEW.title), 'A')
        || setweight(to_tsvector('russian', coalesce(NEW.description, '')), 'B')
        || coalesce(NEW.comment_doc, ''::tsvector);
    RETURN NEW;
END;
$$;
CREATE TRIGGER request_search_doc BEFORE INSERT OR UPDATE OF number, title, description, comment_doc ON request
    FOR EACH ROW EXECUTE FUNCTION request_search_doc();
UPDATE request SET title = title;

-- The predicate the application uses: inlined by the planner, so the GIN index above serves it.
CREATE FUNCTION ordo_fts(doc TSVECTOR, query TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
    SELECT doc @@ websearch_to_tsquery('russian', query)
$$;

-- Type-specific fields (R-REQ-1, R-SEED-13/14): the catalogue of fields per type lives in the domain.
CREATE TABLE request_field (
    request_id  BIGINT      NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    field       VARCHAR(64) NOT NULL,
    value       TEXT        NOT NULL,
    PRIMARY KEY (request_id, field)
);

-- File content, addressed by its SHA-256; the bytes live outside the database and the web root.
CREATE TABLE stored_file (
    sha256        CHAR(64)     PRIMARY KEY,
    size          BIGINT       NOT NULL CHECK (size >= 0),
    content_type  VARCHAR(128) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

-- A file attached to a record (request, task, invoice...). The same name again is the next revision.
CREATE TABLE attachment (
    id              BIGINT PRIMARY KEY,
    owner_type      VARCHAR(32)  NOT NULL,
    owner_id        BIGINT       NOT NULL,
    name            VARCHAR(255) NOT NULL,
    revision        INT          NOT NULL CHECK (revision >= 1),
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('INVOICE', 'BASIS', 'PHOTO', 'OTHER')),
    sha256          CHAR(64)     NOT NULL REFERENCES stored_file (sha256),
    size            BIGINT       NOT NULL,
    content_type    VARCHAR(128) NOT NULL,
    uploaded_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX attachment_revision_uk ON attachment (owner_type, owner_id, lower(name), revision);
CREATE INDEX attachment_owner_idx ON attachment (owner_type, owner_id, created_at DESC);
CREATE INDEX attachment_sha_idx ON attachment (sha256);

CREATE TABLE checklist_item (
    id           BIGINT PRIMARY KEY,
    owner_type   VARCHAR(32)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    text         VARCHAR(500) NOT NULL,
    done         BOOLEAN      NOT NULL DEFAULT FALSE,
    done_by_id   BIGINT REFERENCES app_user (id),
    done_at      TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX checklist_item_owner_idx ON checklist_item (owner_type, owner_id, position);

CREATE TABLE comment (
    id          BIGINT PRIMARY KEY,
    owner_type  VARCHAR(32)  NOT NULL,
    owner_id    BIGINT       NOT NULL,
    author_id   BIGINT       NOT NULL REFERENCES app_user (id),
    body        TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX comment_owner_idx ON comment (owner_type, owner_id, created_at);

-- @mentions: stored and resolvable to the user; delivery is the notification module's job.
CREATE TABLE comment_mention (
    comment_id  BIGINT NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (comment_id, user_id)
);
CREATE INDEX comment_mention_user_idx ON comment_mention (user_id);

CREATE FUNCTION comment_into_request_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.owner_type = 'Request' THEN
        UPDATE request SET comment_doc = coalesce(comment_doc, ''::tsvector) || to_tsvector('russian', NEW.body)
         WHERE id = NEW.owner_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER comment_into_request_search AFTER INSERT ON comment
    FOR EACH ROW EXECUTE FUNCTION comment_into_request_search();

-- Saved list filters, per user.
CREATE TABLE saved_filter (
    id          BIGINT PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    list        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    query       TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX saved_filter_name_uk ON saved_filter (user_id, list, lower(name));
