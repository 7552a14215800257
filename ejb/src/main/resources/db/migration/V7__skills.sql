-- Ordo schema, version 7: skills (R-SEED-7). People carry skill tags set by an administrator; a template step
-- (and so the task it becomes) may ask for one; the executor finder proposes holders of that skill first.
CREATE TABLE app_user_skill (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    skill   VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, skill)
);
CREATE INDEX app_user_skill_skill_idx ON app_user_skill (skill, user_id);
ALTER TABLE task_template_step ADD COLUMN skill VARCHAR(40);
ALTER TABLE task ADD COLUMN skill VARCHAR(40);
