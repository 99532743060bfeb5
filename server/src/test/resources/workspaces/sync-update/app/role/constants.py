from enum import Enum


class BuiltInSystemRoles(str, Enum):
    SUPER_ADMIN = "Super Admin"


class BuiltInPermissions(str, Enum):
    HEALTH_PLAN_VIEW = "HEALTH_PLAN.VIEW"
