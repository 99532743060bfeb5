from alembic import op
import sqlalchemy as sa

revision = '6f0000000003'
down_revision = None


def upgrade() -> None:
    # No view, index or foreign key uses legacy_code; the API stopped reading it in 3.2 (checked).
    op.drop_column('product', 'legacy_code')
    op.execute("UPDATE product SET name = trim(name)")
    op.drop_column('product', 'old_name')


def downgrade() -> None:
    op.add_column('product', sa.Column('old_name', sa.String(100), nullable=True))
    op.add_column('product', sa.Column('legacy_code', sa.String(20), nullable=True))
