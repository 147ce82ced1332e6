"""invoices"""
revision = 'dddd00000004'
down_revision = 'cccc00000003'
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
