"""Create the tables the later revisions change.

Revision ID: previous_revision
Revises:
Create Date: 2025-01-06 09:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'previous_revision'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create department, category, product and user."""
    op.create_table(
        'department',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('code', sa.String(50), nullable=False),
    )
    op.create_table(
        'category',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(100), nullable=False),
    )
    op.create_table(
        'product',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(100), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=True),
    )
    op.create_foreign_key(
        'fk_product_category',
        'product', 'category',
        ['category_id'], ['id'],
        ondelete='SET NULL'
    )
    op.create_table(
        'user',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('username', sa.String(100), nullable=False),
        sa.Column('email', sa.String(255), nullable=True),
        sa.Column('user_source', sa.Enum('hris', 'manual', 'ldap', name='user_source'),
                  nullable=False, server_default='hris'),
        sa.Column('employee_id', sa.Integer(), nullable=True),
        sa.Column('is_domain_user', sa.Boolean(), nullable=False, server_default=sa.text('FALSE')),
    )


def downgrade() -> None:
    """Drop the tables, children first."""
    op.drop_table('user')
    op.drop_constraint('fk_product_category', 'product', type_='foreignkey')
    op.drop_table('product')
    op.drop_table('category')
    op.drop_table('department')
