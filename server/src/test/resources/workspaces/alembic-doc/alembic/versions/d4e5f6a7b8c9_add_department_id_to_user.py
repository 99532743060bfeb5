"""Add department_id foreign key to user table.

Revision ID: d4e5f6a7b8c9
Revises: c3d4e5f6a7b8
Create Date: 2025-01-10 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'd4e5f6a7b8c9'
down_revision: Union[str, None] = 'c3d4e5f6a7b8'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add department_id foreign key to user table."""
    # 1. Add column as nullable first
    op.add_column(
        'user',
        sa.Column('department_id', sa.Integer(), nullable=True)
    )

    # 2. Populate data (if needed)
    # This example assigns a default department
    op.execute("""
        UPDATE user
        SET department_id = (SELECT id FROM department WHERE code = 'DEFAULT')
        WHERE department_id IS NULL
    """)

    # 3. Add foreign key constraint
    op.create_foreign_key(
        'fk_user_department',
        'user', 'department',
        ['department_id'], ['id'],
        ondelete='SET NULL'
    )


def downgrade() -> None:
    """Remove department_id foreign key from user table."""
    op.drop_constraint('fk_user_department', 'user', type_='foreignkey')
    op.drop_column('user', 'department_id')
