from svanalysis.cli import app

if __name__ == "__main__":  # worker processes import this module again: they must not run the command
    app(prog_name="svanalysis")
