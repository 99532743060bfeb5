from alembic import op
import sqlalchemy as sa

revision = "1a0000000003"
down_revision = "1a0000000002"


def upgrade() -> None:
    op.create_unique_constraint("uq_team_name", "team", ["name"])


def downgrade() -> None:
    op.drop_constraint("uq_team_name", "team", type_="unique")
#   ^^^^^^^^^ downgrade-required
