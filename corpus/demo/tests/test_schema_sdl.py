"""The demo SDL is valid GraphQL for graphql-core 3.2.6 and follows CONTRACT §1."""

from __future__ import annotations

import graphql
import pytest
from graphql import GraphQLObjectType, build_schema

import demo_sdl


def test_graphql_core_is_the_oracle_version() -> None:
    assert graphql.__version__ == "3.2.6"


def test_sdl_builds_with_the_contract_directives_and_scalars() -> None:
    schema = build_schema(demo_sdl.PRELUDE + demo_sdl.sdl_text())
    assert schema.query_type is not None and schema.query_type.name == "Query"
    for scalar in demo_sdl.CUSTOM_SCALARS:
        assert scalar in schema.type_map
    view_names = {t.name for t in demo_sdl.view_types()}
    assert view_names == {"Tenant", "User", "Organisation", "Project", "Post", "Device", "Order",
                          "AuditEvent"}
    for name in view_names:
        assert isinstance(schema.type_map[name], GraphQLObjectType)


def test_every_field_type_is_known() -> None:
    types = demo_sdl.object_types()
    known = set(types) | set(demo_sdl.CUSTOM_SCALARS) | set(demo_sdl.BUILT_IN_SCALARS)
    for object_type in types.values():
        for field in object_type.fields:
            assert field.type_name in known, f"{object_type.name}.{field.name}: {field.type_name}"
            if field.column is not None:
                assert object_type.is_view and not field.is_list


@pytest.mark.parametrize("field, key", [
    ("firstName", "first_name"), ("userID", "user_id"), ("HTTPServer", "http_server"),
    ("APIKey", "api_key"), ("ID", "id"), ("address1", "address1"), ("addressLine1", "address_line1"),
    ("ipv4Address", "ipv4_address"), ("dns1Id", "dns1_id"), ("v2Beta", "v2_beta"),
    ("userIDs", "user_i_ds"), ("_private", "_private"), ("_privateField", "_private_field"),
    ("first_Name", "first_name"), ("already_snake", "already_snake"), ("isIPv4", "is_i_pv4"),
    ("iOS", "i_os"), ("ipv6Address", "ipv6_address"), ("externalID", "external_id"),
])
def test_key_derivation_follows_contract_1_4(field: str, key: str) -> None:
    assert demo_sdl.document_key(field) == key


def test_demo_keys_that_need_json_directive_have_it() -> None:
    user = demo_sdl.object_types()["User"]
    assert user.field("externalID").key == "external_id"
    assert user.field("tenantId").column == "tenant_id"
    assert demo_sdl.object_types()["Order"].field("number").column == "order_number"
