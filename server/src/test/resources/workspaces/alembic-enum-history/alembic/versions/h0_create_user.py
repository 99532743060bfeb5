"""Create user with its user_source enum."""
from alembic import op
import sqlalchemy as sa

revision = 'h0'
down_revision = None


def upgrade() -> None:
    op.create_table(
        'user',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('user_source', sa.Enum('hris', 'manual', 'ldap', name='user_source'), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('user')
