from svanalysis.cli import app

app(prog_name="svanalysis")
