"""A merge revision does nothing either way; a revision with a real downgrade is fine."""
from alembic import op
import sqlalchemy as sa

revision = '1a0000000005'
down_revision = ('1a0000000003', '1a0000000004')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
