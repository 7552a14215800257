-- Ordo schema, version 9: notifications, the outbox, preferences, message templates, the business calendar,
-- SLA and escalation rules (R-COM-1..3, R-RULE-2, R-RULE-3, R-TASK-3, R-INT-1, R-INT-3).

ALTER TABLE app_user ADD COLUMN phone VARCHAR(20);

-- In-app notifications: one row per recipient and event, text already in the recipient's language.
CREATE TABLE notification (
    id           BIGINT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL REFERENCES app_user (id),
    kind         VARCHAR(24)  NOT NULL,
    record_type  VARCHAR(32),
    record_id    BIGINT,
    title        VARCHAR(300) NOT NULL,
    body         TEXT,
    link         VARCHAR(500),
    read_at      TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;

-- The transactional outbox: written in the event's transaction, delivered afterwards with retries.
CREATE TABLE outbox_message (
    id              BIGINT PRIMARY KEY,
    channel         VARCHAR(16)  NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP')),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DIGEST', 'DIGESTED')),
    recipient_id    BIGINT REFERENCES app_user (id),
    address         VARCHAR(254) NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       TEXT         NOT NULL,
    body_html       TEXT,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX outbox_due_idx ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX outbox_digest_idx ON outbox_message (recipient_id, id) WHERE status = 'DIGEST';
CREATE INDEX outbox_status_idx ON outbox_message (status, created_at DESC);

-- Each person's choice per event kind; the administrator's defaults where a person has none.
CREATE TABLE notification_preference (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind    VARCHAR(24) NOT NULL,
    mode    VARCHAR(16) NOT NULL CHECK (mode IN ('IN_APP', 'EMAIL', 'BOTH', 'NONE')),
    digest  BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, kind)
);
CREATE TABLE notification_default (
    kind    VARCHAR(24) PRIMARY KEY,
    mode    VARCHAR(16) NOT NULL CHECK (mode IN ('IN_APP', 'EMAIL', 'BOTH', 'NONE')),
    version BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO notification_default (kind, mode) VALUES
    ('ASSIGNED', 'BOTH'), ('MENTIONED', 'BOTH'), ('STATUS_CHANGED', 'IN_APP'), ('APPROVAL_NEEDED', 'BOTH'),
    ('RETURNED', 'BOTH'), ('DEADLINE_SOON', 'BOTH'), ('OVERDUE', 'BOTH'), ('ESCALATED', 'BOTH'), ('SLA_DUE', 'BOTH');

-- Message templates per code and language: the email of each event kind, and the comment templates
-- (CLARIFY, APPROVAL, REWORK). Placeholders: {number} {title} {deadline} {link} {author} {actor} {status} {reason}.
CREATE TABLE message_template (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(24)  NOT NULL,
    locale     VARCHAR(8)   NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (code, locale)
);
INSERT INTO message_template (id, code, locale, subject, body, created_at, updated_at)
SELECT nextval('ordo_seq'), t.*, now(), now() FROM (VALUES
 ('ASSIGNED', 'ru', '{number}: вам назначено — {title}', 'Вам назначено: {number} «{title}». Срок: {deadline}. Назначил(а): {actor}.'),
 ('ASSIGNED', 'kk', '{number}: сізге тағайындалды — {title}', 'Сізге тағайындалды: {number} «{title}». Мерзімі: {deadline}. Тағайындаған: {actor}.'),
 ('ASSIGNED', 'en', '{number}: assigned to you — {title}', 'Assigned to you: {number} “{title}”. Due: {deadline}. By: {actor}.'),
 ('MENTIONED', 'ru', '{number}: вас упомянули', '{actor} упомянул(а) вас в {number} «{title}»: {reason}'),
 ('MENTIONED', 'kk', '{number}: сізді атап өтті', '{actor} сізді {number} «{title}» ішінде атап өтті: {reason}'),
 ('MENTIONED', 'en', '{number}: you were mentioned', '{actor} mentioned you on {number} “{title}”: {reason}'),
 ('STATUS_CHANGED', 'ru', '{number}: статус «{status}»', 'Заявка {number} «{title}» теперь в статусе «{status}» ({actor}).'),
 ('STATUS_CHANGED', 'kk', '{number}: мәртебе «{status}»', '{number} «{title}» өтінімі енді «{status}» мәртебесінде ({actor}).'),
 ('STATUS_CHANGED', 'en', '{number}: status “{status}”', 'Request {number} “{title}” is now “{status}” ({actor}).'),
 ('APPROVAL_NEEDED', 'ru', '{number}: нужно ваше согласование', 'Просим согласовать {number} «{title}». Автор: {author}. Срок: {deadline}.'),
 ('APPROVAL_NEEDED', 'kk', '{number}: сіздің келісіміңіз қажет', '{number} «{title}» келісуіңізді сұраймыз. Автор: {author}. Мерзімі: {deadline}.'),
 ('APPROVAL_NEEDED', 'en', '{number}: your approval is needed', 'Please approve {number} “{title}”. Author: {author}. Due: {deadline}.'),
 ('RETURNED', 'ru', '{number}: возвращено на доработку', '{number} «{title}» возвращено на доработку ({actor}). Причина: {reason}'),
 ('RETURNED', 'kk', '{number}: пысықтауға қайтарылды', '{number} «{title}» пысықтауға қайтарылды ({actor}). Себебі: {reason}'),
 ('RETURNED', 'en', '{number}: returned for rework', '{number} “{title}” was returned for rework ({actor}). Reason: {reason}'),
 ('DEADLINE_SOON', 'ru', '{number}: срок {deadline}', 'Скоро срок: {number} «{title}» — до {deadline}.'),
 ('DEADLINE_SOON', 'kk', '{number}: мерзімі {deadline}', 'Мерзімі жақын: {number} «{title}» — {deadline} дейін.'),
 ('DEADLINE_SOON', 'en', '{number}: due {deadline}', 'Due soon: {number} “{title}” — by {deadline}.'),
 ('OVERDUE', 'ru', '{number}: просрочено', '{number} «{title}» просрочено: срок был {deadline}.'),
 ('OVERDUE', 'kk', '{number}: мерзімі өтті', '{number} «{title}» мерзімі өтті: мерзімі {deadline} болған.'),
 ('OVERDUE', 'en', '{number}: overdue', '{number} “{title}” is overdue: it was due {deadline}.'),
 ('ESCALATED', 'ru', 'Эскалация: {number}', 'Эскалация уровня {status}: {number} «{title}» — {reason}. Исполнитель: {actor}. Срок: {deadline}.'),
 ('ESCALATED', 'kk', 'Эскалация: {number}', '{status}-деңгейлі эскалация: {number} «{title}» — {reason}. Орындаушы: {actor}. Мерзімі: {deadline}.'),
 ('ESCALATED', 'en', 'Escalation: {number}', 'Escalation level {status}: {number} “{title}” — {reason}. Assignee: {actor}. Due: {deadline}.'),
 ('SLA_DUE', 'ru', '{number}: примите срочную заявку', 'Срочная заявка {number} «{title}»: {reason}.'),
 ('SLA_DUE', 'kk', '{number}: шұғыл өтінімді қабылдаңыз', '{number} «{title}» шұғыл өтінімі: {reason}.'),
 ('SLA_DUE', 'en', '{number}: accept the urgent request', 'The urgent request {number} “{title}”: {reason}.'),
 ('CLARIFY', 'ru', 'Запрос уточнения', 'Уточните, пожалуйста, по {number} «{title}»: '),
 ('CLARIFY', 'kk', 'Нақтылау сұрауы', '{number} «{title}» бойынша нақтылап беріңізші: '),
 ('CLARIFY', 'en', 'Request for clarification', 'Please clarify on {number} “{title}”: '),
 ('APPROVAL', 'ru', 'Просьба о согласовании', 'Прошу согласовать {number} «{title}» до {deadline}.'),
 ('APPROVAL', 'kk', 'Келісу өтініші', '{number} «{title}» {deadline} дейін келісуіңізді сұраймын.'),
 ('APPROVAL', 'en', 'Approval request', 'Please approve {number} “{title}” by {deadline}.'),
 ('REWORK', 'ru', 'Возврат на доработку', 'Возвращаю {number} «{title}» на доработку: '),
 ('REWORK', 'kk', 'Пысықтауға қайтару', '{number} «{title}» пысықтауға қайтарамын: '),
 ('REWORK', 'en', 'Return for rework', 'Returning {number} “{title}” for rework: ')
) AS t(code, locale, subject, body);

-- The business calendar: working days are Monday to Friday except these holidays (admin-edited);
-- working hours come from the server settings (ordo.workday.start / end, 09:00–18:00 by default).
CREATE TABLE holiday (
    day     DATE PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0
);
INSERT INTO holiday (day, name) VALUES
 ('2026-01-01', 'Новый год'), ('2026-01-02', 'Новый год'), ('2026-01-07', 'Православное Рождество'),
 ('2026-03-08', 'Международный женский день'), ('2026-03-09', 'Перенос: Международный женский день'),
 ('2026-03-21', 'Наурыз мейрамы'), ('2026-03-22', 'Наурыз мейрамы'), ('2026-03-23', 'Наурыз мейрамы'),
 ('2026-03-24', 'Перенос: Наурыз мейрамы'), ('2026-03-25', 'Перенос: Наурыз мейрамы'),
 ('2026-05-01', 'Праздник единства народа Казахстана'), ('2026-05-07', 'День защитника Отечества'),
 ('2026-05-09', 'День Победы'), ('2026-05-27', 'Курбан айт'), ('2026-07-06', 'День столицы'),
 ('2026-08-30', 'День Конституции'), ('2026-08-31', 'Перенос: День Конституции'),
 ('2026-10-25', 'День Республики'), ('2026-10-26', 'Перенос: День Республики'), ('2026-12-16', 'День Независимости'),
 ('2027-01-01', 'Новый год'), ('2027-01-02', 'Новый год'), ('2027-01-07', 'Православное Рождество'),
 ('2027-03-08', 'Международный женский день'), ('2027-03-21', 'Наурыз мейрамы'), ('2027-03-22', 'Наурыз мейрамы'),
 ('2027-03-23', 'Наурыз мейрамы'), ('2027-05-01', 'Праздник единства народа Казахстана'),
 ('2027-05-07', 'День защитника Отечества'), ('2027-05-09', 'День Победы'), ('2027-05-16', 'Курбан айт'),
 ('2027-07-06', 'День столицы'), ('2027-08-30', 'День Конституции'), ('2027-10-25', 'День Республики'),
 ('2027-12-16', 'День Независимости');

-- SLA: how many working minutes the assignee has to accept an urgent request, per request type.
CREATE TABLE sla_rule (
    request_type   VARCHAR(16) PRIMARY KEY,
    accept_minutes INT         NOT NULL CHECK (accept_minutes BETWEEN 5 AND 10080),
    version        BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO sla_rule (request_type, accept_minutes) VALUES
 ('PAYMENT', 120), ('PURCHASE', 120), ('CONTRACT', 120), ('MARKETING', 120), ('IT', 60), ('HR', 120),
 ('REPAIR', 120), ('INSTALLATION', 120);

-- Escalation: overdue by first_after_hours → the assignee's head; every repeat_hours more → one level up.
-- The most specific rule wins (type and priority, then priority, then type, then the default row).
CREATE TABLE escalation_rule (
    id                BIGINT PRIMARY KEY,
    request_type      VARCHAR(16),
    priority          VARCHAR(16),
    first_after_hours INT    NOT NULL CHECK (first_after_hours BETWEEN 0 AND 8760),
    repeat_hours      INT    NOT NULL CHECK (repeat_hours BETWEEN 1 AND 8760),
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX escalation_rule_uk ON escalation_rule (COALESCE(request_type, '*'), COALESCE(priority, '*'));
INSERT INTO escalation_rule (id, request_type, priority, first_after_hours, repeat_hours) VALUES
 (nextval('ordo_seq'), NULL, NULL, 24, 24), (nextval('ordo_seq'), NULL, 'HIGH', 8, 8),
 (nextval('ordo_seq'), NULL, 'URGENT', 2, 4);

-- Escalations that happened: one row per record, reason and level, so none is ever sent twice.
CREATE TABLE escalation (
    id          BIGINT PRIMARY KEY,
    record_type VARCHAR(32) NOT NULL,
    record_id   BIGINT      NOT NULL,
    reason      VARCHAR(16) NOT NULL CHECK (reason IN ('OVERDUE', 'SLA')),
    level       INT         NOT NULL CHECK (level >= 0),
    notified_id BIGINT REFERENCES app_user (id),
    created_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (record_type, record_id, reason, level)
);
