"""What the project says about itself, as it was entered when the project was generated."""

NAME = {{ cookiecutter.project_name | python_string }}
DESCRIPTION = {{ cookiecutter.description | python_string }}
