from alembic import op
import sqlalchemy as sa

revision = '3c0000000003'
down_revision = None


def upgrade() -> None:
    op.alter_column(
        'user', 'status',
        type_=sa.Enum('active', 'locked', name='user_status'),
#             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ enum-change-data-migration
        existing_type=sa.Enum('active', 'locked', 'pending', name='user_status'),
    )


def downgrade() -> None:
    op.alter_column(
        'user', 'status',
        type_=sa.Enum('active', 'locked', 'pending', name='user_status'),
        existing_type=sa.Enum('active', 'locked', name='user_status'),
    )
