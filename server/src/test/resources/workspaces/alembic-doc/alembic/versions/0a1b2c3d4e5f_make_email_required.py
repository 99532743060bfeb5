"""Make email column required.

Revision ID: 0a1b2c3d4e5f
Revises: f6a7b8c9d0e1
Create Date: 2025-01-15 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = '0a1b2c3d4e5f'
down_revision: Union[str, None] = 'f6a7b8c9d0e1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Make email column required."""
    # 1. Update NULL values first
    op.execute("""
        UPDATE user
        SET email = CONCAT(username, '@company.com')
        WHERE email IS NULL
    """)

    # 2. Alter column to NOT NULL
    op.alter_column(
        'user',
        'email',
        existing_type=sa.String(255),
        nullable=False
    )


def downgrade() -> None:
    """Make email column nullable again."""
    op.alter_column(
        'user',
        'email',
        existing_type=sa.String(255),
        nullable=True
    )
