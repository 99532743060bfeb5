from alembic import op
import sqlalchemy as sa

down_revision = '7a0000000001'


def upgrade() -> None:
#   ^^^^^^^ revision-chain
    op.add_column('user', sa.Column('nickname', sa.String(50), nullable=True))


def downgrade() -> None:
    op.drop_column('user', 'nickname')
