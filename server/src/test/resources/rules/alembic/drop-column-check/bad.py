from alembic import op
import sqlalchemy as sa

revision = '6f0000000001'
down_revision = None


def upgrade() -> None:
    op.drop_constraint('fk_product_category', 'product', type_='foreignkey')
    op.drop_column('product', 'category_id')
#   ^^^^^^^^^^^^^^ drop-column-check


def downgrade() -> None:
    op.execute("ALTER TABLE product ADD COLUMN category_id INT NULL")
    op.execute("ALTER TABLE user DROP COLUMN legacy_code")
#                                ^^^^^^^^^^^^^^^^^^^^^^^ drop-column-check
