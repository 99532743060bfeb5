from alembic import op
import sqlalchemy as sa

revision = '1a0000000006'
down_revision = '1a0000000005'


def upgrade() -> None:
    """Add nickname."""
    op.add_column('user', sa.Column('nickname', sa.String(50), nullable=True))


def downgrade() -> None:
    """Remove nickname."""
    op.drop_column('user', 'nickname')
