"""The Streamlit version each pattern page needs: the newest Streamlit feature its module uses.

Each catalogue entry declares it as `"streamlit": [version, feature]`; the template's tests
check the declaration against what the module's source uses, and that every page runs at the
project's declared floor.
"""

import re

# What a module's source shows when it uses a feature, the feature as the READMEs name it, and
# the Streamlit version that brought it (checked in Streamlit's release notes and wheels).
FEATURES = (
    (r"\bst\.status\(", "`st.status`", "1.26"),
    (r"\bst\.rerun\(", "`st.rerun`", "1.27"),
    (r"\bst\.page_link\(", "`st.page_link`", "1.31"),
    (r"@st\.fragment\b", "`st.fragment`", "1.37"),
    (r"@st\.dialog\(", "`st.dialog`", "1.37"),
    (r'on_click="ignore"', '`on_click="ignore"`', "1.43"),
    (r"\bon_dismiss=", "`on_dismiss`", "1.48"),
    (r"\bbind=", '`bind="query-params"`', "1.55"),
    (r"\bpersist_state=", "`persist_state`", "1.59"),
    (r'on_change="ignore"', '`on_change="ignore"`', "1.63"),
    (r"@st\.fragment\(.*\bkey=", "a fragment rerun by key", "1.63"),
)


def version_key(version: str) -> tuple[int, ...]:
    """A version such as "1.63" or "0.17.2" as numbers, to compare versions."""
    return tuple(int(part) for part in version.split("."))


def needs(source: str) -> tuple[str, str] | None:
    """The (version, feature) of the newest feature that this module source uses, if any."""
    used = [
        (version, feature) for pattern, feature, version in FEATURES if re.search(pattern, source)
    ]
    return max(used, key=lambda item: version_key(item[0]), default=None)
