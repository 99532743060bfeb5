from enum import Enum


class BuiltInSystemRoles(str, Enum):
    SUPER_ADMIN = "Super Admin"
    SECURITY_ADMIN = "Security Admin"


class BuiltInPermissions(str, Enum):
    HEALTH_PLAN_VIEW = "HEALTH_PLAN.VIEW"
    HEALTH_PLAN_EDIT = "HEALTH_PLAN.EDIT"
    PAYMENT_VIEW = "PAYMENT.VIEW"
    PAYMENT_CREATE = "PAYMENT.CREATE"
    PAYMENT_EDIT = "PAYMENT.EDIT"
    PAYMENT_DELETE = "PAYMENT.DELETE"
    REPORT_EXPORT = "REPORT.EXPORT"
