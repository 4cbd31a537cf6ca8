"""The command line: click commands that parse options, call the pipeline and report paths."""

from briefings.cli.main import main

__all__ = ["main"]
