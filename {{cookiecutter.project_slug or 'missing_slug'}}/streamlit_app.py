"""Entry point: page settings, then navigation over the home page and every pattern page."""

import streamlit as st

from {{ cookiecutter.project_slug }}.navigation import pages
from {{ cookiecutter.project_slug }}.project import NAME

st.set_page_config(page_title=NAME, page_icon=":material/smart_button:")
st.navigation(pages()).run()
