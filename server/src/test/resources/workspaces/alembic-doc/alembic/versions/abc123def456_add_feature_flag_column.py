"""Add feature_flag column to user table.

Revision ID: abc123def456
Revises: previous_revision
Create Date: 2025-01-07 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'abc123def456'
down_revision: Union[str, None] = 'previous_revision'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add feature_flag column with default value."""
    op.add_column(
        'user',
        sa.Column(
            'feature_flag',
            sa.Boolean(),
            nullable=False,
            server_default=sa.text('FALSE'),
        )
    )


def downgrade() -> None:
    """Remove feature_flag column."""
    op.drop_column('user', 'feature_flag')
