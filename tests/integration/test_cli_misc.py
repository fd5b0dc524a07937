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
    result = CliRunner().invoke(cli, ["demo", "--no-serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# NATO-Russia relations")
    dates = [line.split()[0] for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert len(dates) >= 8 and dates == sorted(dates, reverse=True)
    # the demo can be rebuilt over itself
    assert CliRunner().invoke(cli, ["demo", "--no-serve", "--db", db]).exit_code == 0


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


def test_topics_add_edit_remove(tmp_path: Path) -> None:
    page = tmp_path / "t.txt"
    page.write_text(TOPIC, encoding="utf-8")
    db = str(tmp_path / "d.db")
    assert CliRunner().invoke(cli, ["ingest", str(page), "--db", db]).exit_code == 0
    overview = tmp_path / "overview.md"
    overview.write_text("Talks on **arms control**.", encoding="utf-8")
    added = CliRunner().invoke(
        cli,
        [
            "topics",
            "add",
            "arms",
            "--title",
            "Arms control",
            "--overview-file",
            str(overview),
            "--match",
            "arms,missile",
            "--db",
            db,
        ],
    )
    assert added.exit_code == 0, added.output
    assert "1 documents match" in added.stdout
    shown = json.loads(CliRunner().invoke(cli, ["topics", "show", "arms", "--json", "--db", db]).stdout)
    assert shown["topic"]["overview"] == "Talks on **arms control**."
    assert [i["title"] for i in shown["items"]] == ["Ambassadors talk in Vienna"]
    # a new matching document joins on ingest
    more = tmp_path / "more.txt"
    other = TOPIC.replace("Test topic", "Other topic").replace("arms control", "missile defence talks")
    # an item without a URL is identified by its date and title: give these items their own titles
    other = other.replace("Ministers meet in Brussels", "Ministers meet again").replace(
        "talk in Vienna", "talk in Geneva"
    )
    more.write_text(other, encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", str(more), "--db", db]).exit_code == 0
    shown = json.loads(CliRunner().invoke(cli, ["topics", "show", "arms", "--json", "--db", db]).stdout)
    assert len(shown["items"]) == 2
    edited = CliRunner().invoke(
        cli, ["topics", "edit", "arms", "--match", "Brussels", "--title", "Brussels", "--db", db]
    )
    assert edited.exit_code == 0 and "2 documents joined, 2 left" in edited.stdout
    assert CliRunner().invoke(cli, ["topics", "add", "arms", "--title", "x", "--db", db]).exit_code == 2
    assert CliRunner().invoke(cli, ["topics", "edit", "arms", "--db", db]).exit_code == 2
    assert CliRunner().invoke(cli, ["topics", "add", "Bad Slug", "--title", "x", "--db", db]).exit_code == 2
    assert CliRunner().invoke(cli, ["topics", "remove", "arms", "--db", db]).exit_code == 0
    assert CliRunner().invoke(cli, ["topics", "remove", "arms", "--db", db]).exit_code == 1
    listed = json.loads(CliRunner().invoke(cli, ["topics", "list", "--json", "--db", db]).stdout)
    assert {t["slug"] for t in listed} == {"test-topic", "other-topic"}
