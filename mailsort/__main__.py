"""`python -m mailsort` runs the command line, like the `mailsort` script."""

from .cli import main

main()
