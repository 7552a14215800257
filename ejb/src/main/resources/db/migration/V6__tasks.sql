-- Ordo schema, version 6: tasks (R-TASK-1..5, R-RULE-4, R-SEED-7, R-SEED-8).

-- The steps a request of each type becomes (admin-editable). depends_on: positions of earlier steps, "1,2".
CREATE TABLE task_template_step (
    id            BIGINT PRIMARY KEY,
    request_type  VARCHAR(16)  NOT NULL,
    position      INT          NOT NULL CHECK (position >= 1),
    title         VARCHAR(300) NOT NULL,
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('WORK', 'CHECK', 'DOCUMENT', 'PAYMENT', 'PURCHASE', 'VISIT')),
    role          VARCHAR(32)  NOT NULL,
    days          INT          NOT NULL CHECK (days >= 0 AND days <= 365),
    result_rule   VARCHAR(16)  NOT NULL CHECK (result_rule IN ('TEXT', 'FILE', 'LINK', 'FILE_OR_LINK')),
    depends_on    VARCHAR(100) NOT NULL DEFAULT '',
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX task_template_step_uk ON task_template_step (request_type, position);

CREATE TABLE task (
    id             BIGINT PRIMARY KEY,
    request_id     BIGINT REFERENCES request (id),
    parent_id      BIGINT REFERENCES task (id),
    org_unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    title          VARCHAR(300) NOT NULL,
    description    TEXT,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('WORK', 'CHECK', 'DOCUMENT', 'PAYMENT', 'PURCHASE', 'VISIT')),
    result_rule    VARCHAR(16)  NOT NULL CHECK (result_rule IN ('TEXT', 'FILE', 'LINK', 'FILE_OR_LINK')),
    role           VARCHAR(32),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'REWORK', 'DONE', 'CANCELLED')),
    position       INT          NOT NULL DEFAULT 1,
    assignee_id    BIGINT REFERENCES app_user (id),
    created_by_id  BIGINT       NOT NULL REFERENCES app_user (id),
    deadline       DATE,
    started_at     TIMESTAMPTZ,
    submitted_at   TIMESTAMPTZ,
    done_at        TIMESTAMPTZ,
    result_text    TEXT,
    result_link    VARCHAR(1000),
    rework_reason  TEXT,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX task_request_idx ON task (request_id, position) WHERE request_id IS NOT NULL;
CREATE INDEX task_parent_idx ON task (parent_id) WHERE parent_id IS NOT NULL;
-- "My tasks": open ones of one person by deadline
CREATE INDEX task_assignee_deadline_idx ON task (assignee_id, deadline, id);
-- the team board: a unit's tasks by status
CREATE INDEX task_unit_status_idx ON task (org_unit_id, status, deadline, id);
CREATE INDEX task_unit_done_idx ON task (org_unit_id, status, done_at);

CREATE TABLE task_dependency (
    task_id        BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    depends_on_id  BIGINT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, depends_on_id),
    CHECK (task_id <> depends_on_id)
);
CREATE INDEX task_dependency_reverse_idx ON task_dependency (depends_on_id);

-- Reminders before a deadline: kept here, delivered by the notification module's job.
CREATE TABLE task_reminder (
    id         BIGINT PRIMARY KEY,
    task_id    BIGINT      NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    remind_at  TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX task_reminder_uk ON task_reminder (task_id);
CREATE INDEX task_reminder_due_idx ON task_reminder (remind_at) WHERE sent_at IS NULL;

-- Default templates; administrators change them in Администрирование → Шаблоны задач.
INSERT INTO task_template_step (id, request_type, position, title, kind, role, days, result_rule, depends_on, created_at, updated_at)
SELECT nextval('ordo_seq'), t.*, now(), now() FROM (VALUES
    ('PAYMENT', 1, 'Проверить счёт и основание', 'CHECK', 'FINANCE', 1, 'TEXT', ''),
    ('PAYMENT', 2, 'Провести оплату и приложить платёжное поручение', 'PAYMENT', 'FINANCE', 3, 'FILE', '1'),
    ('PURCHASE', 1, 'Запросить коммерческие предложения', 'WORK', 'EXECUTOR', 2, 'FILE_OR_LINK', ''),
    ('PURCHASE', 2, 'Закупить', 'PURCHASE', 'EXECUTOR', 5, 'FILE', '1'),
    ('PURCHASE', 3, 'Доставить и передать', 'WORK', 'EXECUTOR', 7, 'TEXT', '2'),
    ('CONTRACT', 1, 'Юридическая проверка договора', 'DOCUMENT', 'LAWYER', 3, 'FILE', ''),
    ('CONTRACT', 2, 'Подписание', 'DOCUMENT', 'LAWYER', 5, 'FILE', '1'),
    ('MARKETING', 1, 'Подготовить макет', 'WORK', 'MARKETING', 5, 'FILE_OR_LINK', ''),
    ('MARKETING', 2, 'Разместить', 'WORK', 'MARKETING', 10, 'LINK', '1'),
    ('IT', 1, 'Выполнить заявку', 'WORK', 'IT', 1, 'TEXT', ''),
    ('HR', 1, 'Подготовить документ', 'DOCUMENT', 'EXECUTOR', 2, 'FILE', ''),
    ('REPAIR', 1, 'Диагностика', 'VISIT', 'EXECUTOR', 2, 'TEXT', ''),
    ('REPAIR', 2, 'Ремонт (фото результата)', 'WORK', 'EXECUTOR', 5, 'FILE', '1'),
    ('INSTALLATION', 1, 'Смета', 'DOCUMENT', 'EXECUTOR', 3, 'FILE', ''),
    ('INSTALLATION', 2, 'Монтаж', 'WORK', 'EXECUTOR', 14, 'FILE', '1'),
    ('INSTALLATION', 3, 'Приёмка', 'CHECK', 'MANAGER', 16, 'TEXT', '2')
) AS t(request_type, position, title, kind, role, days, result_rule, depends_on);
