"""audit log"""
revision = 'ffff00000006'
down_revision = None
branch_labels = 'audit'
depends_on = None
def upgrade():
    pass

def downgrade():
    pass
