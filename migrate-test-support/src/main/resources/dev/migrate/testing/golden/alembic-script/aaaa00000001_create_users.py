"""create users"""
revision = 'aaaa00000001'
down_revision = None
branch_labels = None
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
