"""billing root"""
revision = 'cccc00000003'
down_revision = 'aaaa00000001'
branch_labels = 'billing'
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
