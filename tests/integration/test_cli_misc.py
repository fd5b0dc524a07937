"""The smaller commands, and documentation that cannot drift from the code."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli
from detente.demo import demo_files
from detente.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
TOPIC = (
    "Test topic\nAn overview of the test topic used by these checks.\nmoreNews\n"
    "Ministers meet in Brussels\n05 Oct. 2015Ministers of the Alliance met their Russian counterpart in Brussels.\n"
    "moreAmbassadors talk in Vienna\n29 Sept. 2015Ambassadors held talks on arms control in Vienna.\nmore"
)


def test_init_creates_then_reports_current(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    first = CliRunner().invoke(cli, ["init", "--db", db])
    assert first.exit_code == 0 and first.stdout.startswith("created schema revision")
    again = CliRunner().invoke(cli, ["init", "--db", db])
    assert again.exit_code == 0 and again.stdout.startswith("already at")


def test_init_in_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["init", "--db", str(tmp_path / "no" / "such" / "d.db")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot open database")


def test_topics_list_search_and_unknown_topic(tmp_path: Path) -> None:
    page = tmp_path / "t.txt"
    page.write_text(TOPIC, encoding="utf-8")
    db = str(tmp_path / "d.db")
    assert CliRunner().invoke(cli, ["ingest", str(page), "--db", db]).exit_code == 0
    listed = CliRunner().invoke(cli, ["topics", "list", "--json", "--db", db])
    assert json.loads(listed.stdout) == [
        {"slug": "test-topic", "title": "Test topic", "documents": 2, "last_published": "2015-10-05"}
    ]
    text = CliRunner().invoke(cli, ["topics", "list", "--db", db]).stdout
    assert text.startswith("test-topic\tTest topic\t2 documents")
    found = CliRunner().invoke(cli, ["search", "arms control", "--db", db])
    assert found.exit_code == 0 and "Ambassadors talk in Vienna" in found.stdout and "[arms]" in found.stdout
    missing = CliRunner().invoke(cli, ["topics", "show", "nope", "--json", "--db", db])
    assert missing.exit_code == 1 and "no topic 'nope'" in missing.stderr


def test_env_selects_the_database(tmp_path: Path) -> None:
    page = tmp_path / "t.txt"
    page.write_text(TOPIC, encoding="utf-8")
    db = tmp_path / "env.db"
    result = CliRunner().invoke(cli, ["ingest", str(page)], env={"DETENTE_DB": str(db)})
    assert result.exit_code == 0
    assert db.exists()


def test_settings_command_lists_every_setting() -> None:
    result = CliRunner().invoke(cli, ["settings"], env={"DETENTE_CONFIG": "/nonexistent.toml"})
    data = json.loads(result.stdout)
    assert set(data) == {s.name for s in SETTINGS}
    assert all(entry["help"] for entry in data.values())


def test_demo_builds_its_topic(tmp_path: Path) -> None:
    assert demo_files(), "the demo sample ships in the package"
    db = str(tmp_path / "demo.db")
    result = CliRunner().invoke(cli, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# NATO-Russia relations")
    dates = [line.split()[0] for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert len(dates) >= 8 and dates == sorted(dates, reverse=True)
    # the demo can be rebuilt over itself
    assert CliRunner().invoke(cli, ["demo", "--db", db]).exit_code == 0


def test_readme_documents_every_command_and_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:12])
    assert "make demo" in first_screen and "make test" in first_screen
    for name, command in cli.commands.items():
        assert f"detente {name}" in readme, f"README does not mention `detente {name}`"
        sub = getattr(command, "commands", {})
        for child in sub:
            assert f"detente {name} {child}" in readme, f"README does not mention `detente {name} {child}`"


def test_version_and_help() -> None:
    assert CliRunner().invoke(cli, ["--version"]).stdout.startswith("detente, version ")
    help_text = CliRunner().invoke(cli, ["--help"]).stdout
    for name in cli.commands:
        assert name in help_text
