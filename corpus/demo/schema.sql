-- Graft demo database: base tables and the FraiseQL-style views named in corpus/schema/demo.graphql.
--
-- Every table stores its JSONB document (snake_case keys per CONTRACT §1.4, "id" equal to the row id)
-- next to the real columns the SDL marks with @column or `tenant:`. CHECK constraints keep each real
-- column equal to the document value it mirrors: filters read the column, responses read the document.
-- The views only select from the tables. Running this file drops and recreates every demo object
-- (and nothing else): demo_db.py runs it before loading the rows.

CREATE EXTENSION IF NOT EXISTS ltree;

DROP SCHEMA IF EXISTS app CASCADE;
DROP SCHEMA IF EXISTS content CASCADE;
DROP SCHEMA IF EXISTS net CASCADE;
DROP SCHEMA IF EXISTS sales CASCADE;
DROP VIEW IF EXISTS public.v_tenant;
DROP VIEW IF EXISTS public.v_audit_event;
DROP TABLE IF EXISTS public.tb_audit_event;
DROP TABLE IF EXISTS public.tb_tenant;

CREATE SCHEMA app;
CREATE SCHEMA content;
CREATE SCHEMA net;
CREATE SCHEMA sales;

-- Tenants (not tenant-scoped themselves).
CREATE TABLE public.tb_tenant (
    id uuid PRIMARY KEY,
    slug text,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (slug IS NOT DISTINCT FROM data ->> 'slug')
);

CREATE TABLE app.tb_user (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    email text,
    created_at timestamptz,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (data ->> 'tenant_id' = tenant_id::text),
    CHECK (email IS NOT DISTINCT FROM data ->> 'email'),
    CHECK (created_at IS NOT DISTINCT FROM (data ->> 'created_at')::timestamptz)
);

CREATE TABLE app.tb_organisation (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    path ltree,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (path IS NOT DISTINCT FROM (data ->> 'path')::ltree)
);

CREATE TABLE app.tb_project (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text)
);

-- Comments live inside the post document (Post.comments: [Comment!]).
CREATE TABLE content.tb_post (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    doc jsonb NOT NULL,
    CHECK (jsonb_typeof(doc) = 'object'),
    CHECK (doc ->> 'id' = id::text)
);

CREATE TABLE net.tb_device (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    hostname text,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (hostname IS NOT DISTINCT FROM data ->> 'hostname')
);

-- Line items live inside the order document (Order.lines: [LineItem!]).
CREATE TABLE sales.tb_order (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tb_tenant (id),
    order_number text,
    placed_at timestamptz,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (order_number IS NOT DISTINCT FROM data ->> 'number'),
    CHECK (placed_at IS NOT DISTINCT FROM (data ->> 'placed_at')::timestamptz)
);

-- AuditEvent.id is an ID without @column: lookups read payload->>'id'; the column is a convenience.
CREATE TABLE public.tb_audit_event (
    id text PRIMARY KEY,
    payload jsonb NOT NULL,
    CHECK (jsonb_typeof(payload) = 'object'),
    CHECK (payload ->> 'id' = id)
);

CREATE VIEW public.v_tenant AS
    SELECT id, slug, data FROM public.tb_tenant;

CREATE VIEW app.v_user AS
    SELECT id, tenant_id, email, created_at, data FROM app.tb_user;

CREATE VIEW app.v_organisation AS
    SELECT id, tenant_id, path, data FROM app.tb_organisation;

CREATE VIEW app.v_project AS
    SELECT id, tenant_id, data FROM app.tb_project;

CREATE VIEW content.v_post AS
    SELECT id, tenant_id, doc FROM content.tb_post;

CREATE VIEW net.v_device AS
    SELECT id, tenant_id, hostname, data FROM net.tb_device;

CREATE VIEW sales.v_order AS
    SELECT id, tenant_id, order_number, placed_at, data FROM sales.tb_order;

CREATE VIEW public.v_audit_event AS
    SELECT id, payload FROM public.tb_audit_event;

-- Every statement on a tenant-scoped view starts with ("tenant_id" = $1::uuid) (CONTRACT §5.5).
CREATE INDEX tb_user_tenant_id ON app.tb_user (tenant_id);
CREATE INDEX tb_organisation_tenant_id ON app.tb_organisation (tenant_id);
CREATE INDEX tb_project_tenant_id ON app.tb_project (tenant_id);
CREATE INDEX tb_post_tenant_id ON content.tb_post (tenant_id);
CREATE INDEX tb_device_tenant_id ON net.tb_device (tenant_id);
CREATE INDEX tb_order_tenant_id ON sales.tb_order (tenant_id);

-- A production API's "newest users first" list: the order of `orderBy: [{createdAt: DESC}]`
-- (§5.3: DESC NULLS FIRST, then the id tie-break) under the tenant predicate, so PostgreSQL reads
-- the first matching rows in order instead of sorting the tenant's users. bench/e2e_side_by_side
-- measures both kinds of list query: one served by this index, one that must sort.
CREATE INDEX tb_user_tenant_created ON app.tb_user (tenant_id, created_at DESC NULLS FIRST, id);
