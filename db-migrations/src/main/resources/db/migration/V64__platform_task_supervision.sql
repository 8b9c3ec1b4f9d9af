-- Reassigning work (issue 15, item 4).
--
-- The staff Refuge has seen: each user's realm roles and sites as their last verified token said, written when they
-- change (platform.security.StaffDirectory). A supervisor gives a task only to someone who holds one of its candidate
-- roles and, for a site-bound role, works at the task's site: Keycloak holds the accounts, this is what Refuge knows
-- of them without an administrator's credentials.
CREATE TABLE staff_member (
    username    varchar(255) PRIMARY KEY CHECK (btrim(username) <> ''),
    roles       text[]       NOT NULL,
    sites       text[]       NOT NULL,
    seen_at     timestamptz  NOT NULL
);
CREATE INDEX staff_member_roles ON staff_member USING gin (roles);

-- A supervisor's redirection of a border crossing point's work to another site's team (a BCP without a medical user):
-- open tasks of that kind at the BCP move to the other site's group when it is made, new ones follow it until it is
-- lifted (platform.workflow.TaskRedirects). Kept, never deleted, with who made and who lifted it.
CREATE TABLE task_redirect (
    id              uuid          PRIMARY KEY,
    version         bigint        NOT NULL DEFAULT 0,
    form_key        varchar(100)  NOT NULL,
    candidate_group varchar(60)   NOT NULL,
    from_site       varchar(40)   NOT NULL REFERENCES site (code),
    to_site         varchar(40)   NOT NULL REFERENCES site (code),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(255)  NOT NULL,
    lifted_at       timestamptz,
    lifted_by       varchar(255),
    CHECK (from_site <> to_site),
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
-- one redirection in force per kind of work and site
CREATE UNIQUE INDEX task_redirect_in_force ON task_redirect (form_key, from_site) WHERE lifted_at IS NULL;
CREATE INDEX task_redirect_made ON task_redirect (created_at DESC);
