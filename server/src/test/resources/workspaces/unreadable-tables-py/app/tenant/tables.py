"""Tenant schema, generated elsewhere."""

TABLES = ["HEALTH_PLAN", "REBATE_CONTRACT"]


def tenant_table_names() -> list:
    return TABLES
