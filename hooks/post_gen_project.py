"""Keep the files of the patterns, variants and tools that were picked, and remove the others,
removing or replacing only what this generation wrote.

Nothing here names a pattern: a pattern's files follow from its name in the catalogue
(`_patterns` in cookiecutter.json), and a variant file is named after the answer that picks it:
"<stem>.<answer><suffix>" becomes "<stem><suffix>". A pattern's question is yes/no, or a choice
of its variants and "no".

local_extensions.py loads this file unrendered (nothing runs at import), so that the generated
files and this hook follow the same `picked` rule.

Generating again over a project (cookiecutter -f, or -f -s) finds files there already. The
pre-generation hook copies them into BEFORE, with each one's identity; a file is this
generation's if it is new or changed since. RECORD, which every generation writes, holds the
digest of each file as the template wrote it: a file that still has it is one the user did not
edit. A file that was there is never lost: the user's own and edited files keep their content,
only unedited ones are replaced or removed, and a failed generation is undone.
"""

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

# The answer that declines a pattern offered in variants; a yes/no question is declined by no.
NO = "no"
# What `pattern_<name>` owns, besides the `files` its catalogue entry lists; {package} is the
# project's package.
PATTERN_FILES = (
    "{package}/patterns/{name}.py",
    "tests/test_{name}.py",
    "tests/e2e/test_{name}.py",
)
# Each yes/no question about tooling and the files that exist only for it.
TOOL_FILES = {
    "github_actions": [".github"],
    "docker": ["Dockerfile", ".dockerignore"],
    "pre_commit": [".pre-commit-config.yaml"],
    "e2e_tests": ["tests/e2e"],
}
# The pre-generation hook's copy of what the project folder held (the same name there): the
# files under "files/", and in "record.json" each one's identity and the folders left out.
BEFORE = ".before-regeneration"
# The project template's package folder as `_copy_without_render` names it, written in halves
# so that rendering this file keeps the braces.
PACKAGE_FOLDER = "{" + "{cookiecutter.project_slug}" + "}"
# The project's record of the files the template wrote: each one's SHA-256 as written, sorted by
# path. Users commit it; the next generation reads it to tell the files they edited.
RECORD = ".template-files.json"
RECORD_ABOUT = (
    "The SHA-256 of each file as the project template wrote it. Generating again with "
    "cookiecutter -f replaces only the files that still match: keep this file committed."
)


def identity(path: Path) -> list[int]:
    """What writing or replacing a file changes: its inode, size, modification and change times
    (a new file may reuse a removed one's inode, and a copy keeps the original's mtime)."""
    status = path.stat()
    return [status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]


def same_content(path: Path, other: Path) -> bool:
    """Whether two files hold the same bytes."""
    return filecmp.cmp(path, other, shallow=False)


def digest(path: Path) -> str:
    """The SHA-256 of the file's bytes, in hexadecimal."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_record(project: Path) -> dict[str, str]:
    """The digests that RECORD in `project` holds by path: none if it is missing or unreadable,
    which makes every file count as edited."""
    try:
        files = json.loads((project / RECORD).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return files if isinstance(files, dict) else {}


def copied_as_is(name: str, answers: dict) -> bool:
    """Whether cookiecutter copies the project file `name` without rendering it."""
    patterns = answers.get("_copy_without_render", [])
    package = answers["project_slug"]
    return any(fnmatch(name, pattern.replace(PACKAGE_FOLDER, package)) for pattern in patterns)


class Generation:
    """The project folder as this generation found it, and what the generation wrote there."""

    def __init__(
        self, project: Path, record: dict | None, answers: dict, versions: dict[str, str]
    ) -> None:
        self.project = project
        self.recorded = record is not None
        self.before: dict[str, list[int]] = dict(record["identities"]) if record else {}
        self.left_out: list[str] = record["left_out"] if record else []
        # The digest of the template's version of each file, as RECORD holds it from before.
        self.template_versions = versions
        # The digest of the template's version of each file whose edit by the user was kept.
        self.not_applied: dict[str, str] = {}
        # cookiecutter copies the files it does not render even with -s: a rendered file tells.
        self.overwrote = any(
            self.wrote(project / name) for name in self.before if not copied_as_is(name, answers)
        )

    @classmethod
    def load(cls, project: Path, answers: dict) -> "Generation":
        """What the pre-generation hook recorded in `project`; a folder it did not record holds
        nothing from before."""
        record = project / BEFORE / "record.json"
        found = json.loads(record.read_text(encoding="utf-8")) if record.exists() else None
        return cls(project, found, answers, read_record(project))

    def name(self, path: Path) -> str:
        """`path` relative to the project, as the record names it."""
        return path.relative_to(self.project).as_posix()

    def copy_of(self, path: Path) -> Path:
        """Where the pre-generation hook copied `path`."""
        return self.project / BEFORE / "files" / self.name(path)

    def existed(self, path: Path) -> bool:
        """Whether the file `path` was there before this generation."""
        return self.name(path) in self.before

    def wrote(self, path: Path) -> bool:
        """Whether `path` is a file this generation wrote: new, or changed since it was recorded."""
        if not path.is_file():
            return False
        return not self.existed(path) or identity(path) != self.before[self.name(path)]

    def put_back(self, path: Path) -> None:
        """Give `path` the content it had before this generation, and take it for untouched."""
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(self.copy_of(path), path)
        self.before[self.name(path)] = identity(path)

    def edited(self, path: Path) -> bool:
        """Whether the file `path`, before this generation, held what the user made: neither
        what the generation wrote there nor what RECORD says the template last wrote."""
        if not self.existed(path) or same_content(path, self.copy_of(path)):
            return False
        return digest(self.copy_of(path)) != self.template_versions.get(self.name(path))

    def discard(self, path: Path) -> None:
        """Remove `path` if this generation wrote it over nothing or over a file the user had
        not edited; put back the user's version if they had; keep anything else."""
        if not self.wrote(path):
            return
        if self.edited(path):
            self.put_back(path)
        else:
            path.unlink()

    def keep_edits(self) -> None:
        """Put back the user's version of each file they had edited and this generation wrote
        over, noting the digest of the template's version that was not applied."""
        for name in sorted(self.before):
            path = self.project / name
            if self.wrote(path) and self.edited(path):
                self.not_applied[name] = digest(path)
                self.put_back(path)

    def template_files(self, dropped: list[Path]) -> dict[str, str]:
        """Each file the project holds for these answers (none of `dropped`, the parts turned
        off), sorted, with the digest of the template's version: the one this generation wrote
        or did not apply, or for a file kept from before, RECORD's; the user's own have none."""
        known = {**self.template_versions, **self.not_applied}
        found = {}
        for _, files in self.walk():
            for path in files:
                name = self.name(path)
                version = digest(path) if self.wrote(path) else known.get(name)
                if version and not any(part in (path, *path.parents) for part in dropped):
                    found[name] = version
        return dict(sorted(found.items()))

    def write_record(self, dropped: list[Path]) -> None:
        """Write RECORD for the files the project holds for these answers, one a line."""
        record = {"about": RECORD_ABOUT, "files": self.template_files(dropped)}
        (self.project / RECORD).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")

    def put_back_lost(self, changed_too: bool) -> None:
        """Put back each file that was there and is gone, and if `changed_too`, each one that
        this generation changed."""
        for name in list(self.before):
            path = self.project / name
            if not path.is_file() or (changed_too and self.wrote(path)):
                self.put_back(path)

    def recover(self) -> None:
        """Put back what cookiecutter removed (it empties a folder it copies without rendering)
        and, when it was asked to skip existing files, what it changed all the same."""
        self.put_back_lost(changed_too=not self.overwrote)

    def walk(self) -> list[tuple[Path, list[Path]]]:
        """Each folder of the project, deepest first, with its files; the copy and what the
        record left out are not walked."""
        skipped = {BEFORE, *self.left_out}
        found = []
        for folder, folders, files in os.walk(self.project):
            here = Path(folder)
            folders[:] = [name for name in folders if self.name(here / name) not in skipped]
            kept = [here / name for name in files if self.name(here / name) not in skipped]
            found.append((here, kept))
        return found[::-1]

    def undo(self) -> None:
        """Leave the folder as this generation found it: its files removed, the files it changed
        or removed put back, the folders it made removed."""
        if not self.recorded:
            return
        for folder, files in self.walk():
            for path in files:
                if not self.existed(path):
                    path.unlink()
            made = folder != self.project and not self.copy_of(folder).is_dir()
            if made and not any(folder.iterdir()):
                folder.rmdir()
        self.put_back_lost(changed_too=True)

    def forget(self) -> None:
        """Remove the pre-generation hook's copy."""
        shutil.rmtree(self.project / BEFORE, ignore_errors=True)


def picked(answer: bool | str) -> bool:
    """Whether an option's answer picks its part: yes, or one of its variants."""
    return answer is not False and answer != NO


def rendered_answers() -> dict:
    """The answers, as cookiecutter rendered them into this file."""
    return json.loads(r"""{{ cookiecutter | tojson }}""")


def owned_files(answers: dict) -> dict[str, list[str]]:
    """Each option (a pattern or a tool) and the paths (with {package}) that exist only for it."""
    owned = {
        f"pattern_{name}": [
            *(path.format(package="{package}", name=name) for path in PATTERN_FILES),
            *entry.get("files", []),
        ]
        for name, entry in answers["_patterns"].items()
    }
    return {**owned, **TOOL_FILES}


def pick_variant(target: Path, answer: str, generation: Generation) -> None:
    """If this generation wrote variants of `target` ("<stem>.<answer><suffix>"), give `target`
    the one named by `answer` (an existing `target` only when overwriting; none for NO) and
    discard them."""
    variants = [
        path
        for path in target.parent.glob(f"{target.stem}.*{target.suffix}")
        if generation.wrote(path)
    ]
    if not variants:
        return
    if picked(answer):
        chosen = target.with_name(f"{target.stem}.{answer}{target.suffix}")
        if chosen not in variants:
            raise FileNotFoundError(f"no variant {chosen.name} for {target.name}")
        if generation.overwrote or not target.exists():
            shutil.copy2(chosen, target)
    for variant in variants:
        generation.discard(variant)


def remove(path: Path, generation: Generation) -> None:
    """Discard a file, or each file of a folder and then the folders that are left empty
    (children come before their folder in reverse order)."""
    for entry in [*sorted(path.rglob("*"), reverse=True), path]:
        if entry.is_file() or not entry.exists():
            generation.discard(entry)
        elif not any(entry.iterdir()):
            entry.rmdir()


def owned_paths(answers: dict, project: Path) -> dict[str, list[Path]]:
    """Each option (a pattern or a tool) and the paths in `project` that exist only for it."""
    package = answers["project_slug"]
    return {
        option: [project / template.format(package=package) for template in templates]
        for option, templates in owned_files(answers).items()
    }


def unpicked_files(answers: dict, owned: dict[str, list[Path]]) -> list[Path]:
    """The files of every option that was answered no."""
    return [
        path for option, paths in owned.items() if not picked(answers[option]) for path in paths
    ]


def pick_variants(answers: dict, owned: dict[str, list[Path]], generation: Generation) -> None:
    """For each pattern whose question offers variants, pick its files' variants (none when
    it was declined)."""
    for name in answers["_patterns"]:
        answer = answers[f"pattern_{name}"]
        for path in owned[f"pattern_{name}"] if isinstance(answer, str) else []:
            pick_variant(path, answer, generation)


def arrange(answers: dict, project: Path, generation: Generation | None = None) -> None:
    """Leave in `project` exactly the files that the answers pick, in the user's version where
    they edited one, and every file that was there before and that this generation did not
    write; then record the template's versions in RECORD."""
    generation = generation or Generation.load(project, answers)
    generation.recover()
    owned = owned_paths(answers, project)
    pick_variants(answers, owned, generation)
    dropped = unpicked_files(answers, owned)
    for path in dropped:
        remove(path, generation)
    generation.keep_edits()
    generation.write_record(dropped)


# The question whose yes makes a new project a git repository with a first commit.
GIT_OPTION = "git_init"
FIRST_COMMIT = "Generate the project from the template"
# What makes git work on another repository than the one of the folder it runs in.
GIT_LOCATION_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR")
MANUAL_COMMIT = f'git init && git add -A && git commit -m "{FIRST_COMMIT}"'


def git(project: Path, *arguments: str) -> subprocess.CompletedProcess:
    """Run git in `project` on the repository of that folder, asking nothing of the user: the
    one command a hook runs."""
    environment = {
        name: value for name, value in os.environ.items() if name not in GIT_LOCATION_VARIABLES
    }
    return subprocess.run(
        ["git", *arguments],
        cwd=project,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )


def first_line(result: subprocess.CompletedProcess) -> str:
    """The first line that a failed git command printed."""
    return next(iter((result.stderr + result.stdout).splitlines()), "no message")


def make_repository(project: Path, answers: dict) -> str | None:
    """Make a new project a git repository with every file in a first commit, so that
    `pre-commit install` works at once; return the line that says what happened, or None when
    there is nothing to say. A project in a repository already (regenerated, or in a larger
    repository) and one made by cruft, which writes .cruft.json after this hook and renders
    projects to compare them, are left as they are."""
    if not picked(answers.get(GIT_OPTION, False)) or "_commit" in answers:
        return None
    if shutil.which("git") is None:
        return (
            "git was not found, so the project is not a git repository. Install git, then in "
            f"the project: {MANUAL_COMMIT}"
        )
    top = git(project, "rev-parse", "--show-toplevel")
    if top.returncode == 0:
        where = Path(top.stdout.strip())
        if where.resolve() == project.resolve():
            return None
        return f"The project is inside the git repository {where}: it has none of its own."
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", FIRST_COMMIT]):
        result = git(project, *step)
        if result.returncode != 0:
            return (
                f"git {step[0]} failed ({first_line(result)}), so the project has no first "
                f"commit. Fix that, then in the project: {MANUAL_COMMIT}"
            )
    return "The project is a git repository with a first commit."


def report_kept_edits(generation: Generation, answers: dict) -> None:
    """Print one line per edited file that kept the user's version, and how to see the
    template's."""
    for name in generation.not_applied:
        print(f"Kept your edited {name}: the template's new version was not applied.")
    if generation.not_applied:
        template = answers.get("_template", "<template>")
        print(
            "To compare, generate the same answers into an empty folder: "
            f"cookiecutter --replay -o <folder> {template}"
        )


def main() -> int:
    """Arrange the project in the current folder, name the edited files that kept the user's
    version and, for a new project, make it a git repository; on failure print one ERROR line,
    undo the generation and return 1."""
    project, answers = Path.cwd(), rendered_answers()
    generation = Generation.load(project, answers)
    try:
        arrange(answers, project, generation)
    except (FileNotFoundError, KeyError) as error:
        print(f"ERROR: the template is incomplete: {error}", file=sys.stderr)
        generation.undo()
        return 1
    finally:
        generation.forget()
    report_kept_edits(generation, answers)
    said = make_repository(project, answers)
    if said:
        print(said)
    return 0


if __name__ == "__main__":
    sys.exit(main())
