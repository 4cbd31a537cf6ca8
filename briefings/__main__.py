"""`python -m briefings` runs the command-line interface."""

from briefings.cli import main

main(prog_name="briefings")
