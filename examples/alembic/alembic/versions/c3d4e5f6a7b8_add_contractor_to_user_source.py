"""Add 'contractor' to user_source enum.

Revision ID: c3d4e5f6a7b8
Revises: b2c3d4e5f6a7
Create Date: 2025-01-09 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'c3d4e5f6a7b8'
down_revision: Union[str, None] = 'b2c3d4e5f6a7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add 'contractor' to user_source enum."""
    # MySQL requires recreating the column for enum changes
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual', 'contractor') NOT NULL DEFAULT 'hris'"
    )


def downgrade() -> None:
    """Remove 'contractor' from user_source enum."""
    # First, update any rows using the value being removed
    op.execute(
        "UPDATE user SET user_source = 'manual' WHERE user_source = 'contractor'"
    )
    # Then modify the column
    op.execute(
        "ALTER TABLE user MODIFY COLUMN user_source "
        "ENUM('hris', 'manual') NOT NULL DEFAULT 'hris'"
    )
