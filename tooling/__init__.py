"""What the template's tests, benchmarks and dev.py share: the template and its catalogue
(`template`), and how to run cookiecutter, pytest and servers (`commands`)."""
