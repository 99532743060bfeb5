from alembic import op
import sqlalchemy as sa

revision = '5e0000000002'
down_revision = None


def upgrade() -> None:
    op.alter_column('user', 'email', existing_type=sa.String(255), nullable=False)
    op.add_column('user', sa.Column('is_deleted', sa.Boolean(), nullable=True))
    # Agreed with the HRIS sync owners (ticket HR-118): the sync writes status_override as text from 4.2.
    op.alter_column('user', 'status_override', type_=sa.Text())  # migration-lsp: disable=protected-field


def downgrade() -> None:
    op.alter_column('user', 'status_override', type_=sa.String(20))
    op.drop_column('user', 'is_deleted')
    op.alter_column('user', 'email', existing_type=sa.String(255), nullable=True)
