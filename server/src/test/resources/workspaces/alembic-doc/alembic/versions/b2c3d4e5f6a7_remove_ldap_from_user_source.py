"""Remove 'ldap' from user_source enum.

Revision ID: b2c3d4e5f6a7
Revises: abc123def456
Create Date: 2025-01-08 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'b2c3d4e5f6a7'
down_revision: Union[str, None] = 'abc123def456'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Remove 'ldap' from user_source enum."""
    # CRITICAL: Migrate data FIRST
    op.execute("""
        UPDATE user
        SET user_source = CASE
            WHEN is_domain_user = TRUE AND employee_id IS NOT NULL THEN 'hris'
            ELSE 'manual'
        END
        WHERE user_source = 'ldap'
    """)
    # Then remove the enum value
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual') NOT NULL DEFAULT 'hris'"
    )


def downgrade() -> None:
    """Re-add 'ldap' to user_source enum."""
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual', 'ldap') NOT NULL DEFAULT 'hris'"
    )
    # Note: Cannot restore original 'ldap' values after upgrade
