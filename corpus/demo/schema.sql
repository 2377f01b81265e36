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
DROP TABLE IF EXISTS public.audit_events;
DROP TABLE IF EXISTS public.tenants;

CREATE SCHEMA app;
CREATE SCHEMA content;
CREATE SCHEMA net;
CREATE SCHEMA sales;

-- Tenants (not tenant-scoped themselves).
CREATE TABLE public.tenants (
    id uuid PRIMARY KEY,
    slug text,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (slug IS NOT DISTINCT FROM data ->> 'slug')
);

CREATE TABLE app.users (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    email text,
    created_at timestamptz,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (data ->> 'tenant_id' = tenant_id::text),
    CHECK (email IS NOT DISTINCT FROM data ->> 'email'),
    CHECK (created_at IS NOT DISTINCT FROM (data ->> 'created_at')::timestamptz)
);

CREATE TABLE app.organisations (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    path ltree,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (path IS NOT DISTINCT FROM (data ->> 'path')::ltree)
);

CREATE TABLE app.projects (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text)
);

-- Comments live inside the post document (Post.comments: [Comment!]).
CREATE TABLE content.posts (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    doc jsonb NOT NULL,
    CHECK (jsonb_typeof(doc) = 'object'),
    CHECK (doc ->> 'id' = id::text)
);

CREATE TABLE net.devices (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    hostname text,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (hostname IS NOT DISTINCT FROM data ->> 'hostname')
);

-- Line items live inside the order document (Order.lines: [LineItem!]).
CREATE TABLE sales.orders (
    id uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES public.tenants (id),
    order_number text,
    placed_at timestamptz,
    data jsonb NOT NULL,
    CHECK (jsonb_typeof(data) = 'object'),
    CHECK (data ->> 'id' = id::text),
    CHECK (order_number IS NOT DISTINCT FROM data ->> 'number'),
    CHECK (placed_at IS NOT DISTINCT FROM (data ->> 'placed_at')::timestamptz)
);

-- AuditEvent.id is an ID without @column: lookups read payload->>'id'; the column is a convenience.
CREATE TABLE public.audit_events (
    id text PRIMARY KEY,
    payload jsonb NOT NULL,
    CHECK (jsonb_typeof(payload) = 'object'),
    CHECK (payload ->> 'id' = id)
);

CREATE VIEW public.v_tenant AS
    SELECT id, slug, data FROM public.tenants;

CREATE VIEW app.v_user AS
    SELECT id, tenant_id, email, created_at, data FROM app.users;

CREATE VIEW app.v_organisation AS
    SELECT id, tenant_id, path, data FROM app.organisations;

CREATE VIEW app.v_project AS
    SELECT id, tenant_id, data FROM app.projects;

CREATE VIEW content.v_post AS
    SELECT id, tenant_id, doc FROM content.posts;

CREATE VIEW net.v_device AS
    SELECT id, tenant_id, hostname, data FROM net.devices;

CREATE VIEW sales.v_order AS
    SELECT id, tenant_id, order_number, placed_at, data FROM sales.orders;

CREATE VIEW public.v_audit_event AS
    SELECT id, payload FROM public.audit_events;

-- Every statement on a tenant-scoped view starts with ("tenant_id" = $1::uuid) (CONTRACT §5.5).
CREATE INDEX users_tenant_id ON app.users (tenant_id);
CREATE INDEX organisations_tenant_id ON app.organisations (tenant_id);
CREATE INDEX projects_tenant_id ON app.projects (tenant_id);
CREATE INDEX posts_tenant_id ON content.posts (tenant_id);
CREATE INDEX devices_tenant_id ON net.devices (tenant_id);
CREATE INDEX orders_tenant_id ON sales.orders (tenant_id);
