from muistiinpanot.cli import app

app()
