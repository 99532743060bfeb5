from enum import Enum


class BuiltInSystemRoles(str, Enum):
    SUPER_ADMIN = "Super Admin"
    SECURITY_ADMIN = "Security Admin"


class BuiltInPermissions(str, Enum):
    ORDERS_VIEW = "ORDERS.VIEW"
