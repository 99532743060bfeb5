"""Add manager_id and cost_center to user; retire employee_id.

Revision ID: 1b2c3d4e5f6a
Revises: 0a1b2c3d4e5f
Create Date: 2025-02-03 09:30:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = '1b2c3d4e5f6a'
down_revision: Union[str, None] = '0a1b2c3d4e5f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add manager_id and cost_center to user, drop employee_id."""
    op.add_column('user', sa.Column('manager_id', sa.Integer(), nullable=True))
    op.create_foreign_key('fk_user_manager', 'user', 'user', ['manager_id'], ['id'])
    op.add_column('user', sa.Column('cost_center', sa.String(20), nullable=False))
    op.drop_column('user', 'employee_id')


def downgrade() -> None:
    pass
