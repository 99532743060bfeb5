"""Add a login counter and an index on it; no downgrade() at all."""
from alembic import op
import sqlalchemy as sa

revision = '1a0000000001'
down_revision = '1a0000000000'


def upgrade() -> None:
#   ^^^^^^^ downgrade-required
    op.add_column('user', sa.Column('login_count', sa.Integer(), nullable=True))
    op.create_index('ix_user_login_count', 'user', ['login_count'])


def downgrade() -> None:
    op.drop_index('ix_user_login_count', table_name='user')
    op.drop_column('user', 'login_count')
