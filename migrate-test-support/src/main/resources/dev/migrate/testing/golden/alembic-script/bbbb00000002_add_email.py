"""add email"""
revision = 'bbbb00000002'
down_revision = 'aaaa00000001'
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
