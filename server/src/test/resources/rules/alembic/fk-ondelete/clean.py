"""Every key says what a delete does; a downgrade restoring the key its upgrade dropped keeps it as it was."""
from alembic import op
import sqlalchemy as sa

revision = '4d0000000002'
down_revision = None


def upgrade() -> None:
    op.create_foreign_key('fk_user_team', 'user', 'team', ['team_id'], ['id'], ondelete='CASCADE')
    op.add_column('user', sa.Column('mentor_id', sa.Integer(), sa.ForeignKey('user.id', ondelete='SET NULL')))
    # verified: no code reads product.category_id any more
    op.drop_constraint('fk_product_category', 'product', type_='foreignkey')
    op.drop_column('product', 'category_id')


def downgrade() -> None:
    op.add_column('product', sa.Column('category_id', sa.Integer(), sa.ForeignKey('category.id'), nullable=True))
    op.create_foreign_key('fk_product_category', 'product', 'category', ['category_id'], ['id'])
    op.drop_column('user', 'mentor_id')
    op.drop_constraint('fk_user_team', 'user', type_='foreignkey')
