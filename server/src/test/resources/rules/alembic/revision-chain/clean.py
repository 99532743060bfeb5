"""Checked alone, a well-formed revision: the chain itself is checked in its workspace."""
from alembic import op
import sqlalchemy as sa

revision = '7a0000000002'
down_revision = '7a0000000001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('user', sa.Column('nickname', sa.String(50), nullable=True))


def downgrade() -> None:
    op.drop_column('user', 'nickname')
