"""Add required field with server default.

Revision ID: f6a7b8c9d0e1
Revises: e5f6a7b8c9d0
Create Date: 2025-01-14 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'f6a7b8c9d0e1'
down_revision: Union[str, None] = 'e5f6a7b8c9d0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add required field with server default."""
    # Add with server_default so existing rows get the value
    op.add_column(
        'user',
        sa.Column(
            'notification_enabled',
            sa.Boolean(),
            nullable=False,
            server_default=sa.text('TRUE'),
        )
    )


def downgrade() -> None:
    op.drop_column('user', 'notification_enabled')
