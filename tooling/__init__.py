"""What the template's tests, benchmarks and dev.py share: the template and its catalogue
(`template`), how to run cookiecutter, pytest and servers (`commands`), the system tools some
tests need (`system_tools`), and the README's parts derived from the catalogue (`readme`)."""
