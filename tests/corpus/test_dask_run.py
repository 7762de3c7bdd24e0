"""``mtlint corpus`` here and on Dask: the same findings as ``mtlint check``, whatever the
backend and the partitions.

Each corpus test runs twice (fixture ``on``): on 2 forked processes of this one (the
default backend, :mod:`checker.corpus.driver`), and on a module-wide LocalCluster of 2
workers (threads, on loopback, no dashboard). One test runs the command the way a user does.
Every wait is bounded.
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from corpus_helpers import (
    BREAKS,
    expected_by_check,
    generate,
    installed,
    read_jsonl,
    row_keys,
    write_jsonl,
    write_parquet,
    write_tsv,
)

from checker import corpus
from checker.cli import main
from checker.config import Config
from checker.corpus import COLUMNS, dask_run, driver, partitions

SAMPLE = Path(__file__).resolve().parent.parent.parent / "fixtures" / "corpus" / "segments.jsonl"
GUARD = 180  # seconds; only a hang gets anywhere near it
OPTIONS = ("--workers", "2", "--select", "N,T,E")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from distributed import Client

    with (
        dask_run.local_cluster(workers=2, processes=False) as cluster,
        Client(cluster, timeout=GUARD) as connected,
    ):
        yield connected


@pytest.fixture(params=["forks", "dask"])
def on(request: pytest.FixtureRequest, fork_allowed: None) -> object:
    """The backend a corpus test runs on: None for forked processes, else a Dask client."""
    return None if request.param == "forks" else request.getfixturevalue("client")


def run(on, inputs, output: Path, config: Config | None = None, **options) -> corpus.Summary:
    if on is None:
        options.setdefault("workers", 2)
    return corpus.run(
        [str(p) for p in inputs], str(output), config or Config(), client=on, **options
    )


def test_two_workers_give_exactly_the_findings_of_check(on, tmp_path: Path) -> None:
    records = generate()
    source = write_jsonl(tmp_path / "corpus.jsonl", records)
    expected = expected_by_check(records, tmp_path)

    summary = run(on, [source], tmp_path / "findings.jsonl", partitions=7)
    rows = read_jsonl(tmp_path / "findings.jsonl")

    families = {r["family"] for r in rows}
    assert families >= {"typography", "quotes", "name", "bilingual", "language"}
    assert row_keys(rows) == expected
    assert len(rows) == len(expected)  # no finding twice
    assert summary.segments == len(records)
    assert summary.partitions > 1
    assert summary.findings == len(rows)
    assert summary.flagged_segments == len({r["record"] for r in rows})
    late = [r for r in rows if r["doc_id"] == "late" and r["code"] == "N103"]
    assert [r["id"] for r in late] == ["late-1"]  # the document was seen whole


def test_the_sample_corpus_of_the_readme(on, tmp_path: Path) -> None:
    output = tmp_path / "findings.jsonl"
    summary = run(on, [SAMPLE], output)
    assert [(r["id"], r["code"]) for r in read_jsonl(output)] == [
        ("plant-1", "T105"),
        ("plant-2", "T103"),
        ("plant-2", "T102"),
        ("plant-2", "T104"),
        ("plant-3", "Q104"),
        ("plant-3", "Q105"),
        ("plant-3", "Q105"),
        ("plant-3", "Q104"),
        ("plant-4", "N103"),
        ("talks-2", "B101"),
        ("talks-3", "B301"),
        ("talks-3", "L101"),
        ("bad-1", "E004"),
    ]
    assert (summary.segments, summary.flagged_segments) == (8, 7)


def test_rows_are_in_record_order_and_the_same_whatever_the_partitions(on, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "corpus.jsonl", generate(seed=3))
    outputs = []
    for count in (1, 5, 23):
        output = tmp_path / f"findings-{count}.jsonl"
        run(on, [source], output, partitions=count)
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    rows = read_jsonl(tmp_path / "findings-1.jsonl")
    order = [(r["record"], r["start"]) for r in rows]
    assert order == sorted(order)
    assert all(list(r) == list(COLUMNS) for r in rows)


def test_jsonl_parquet_and_tsv_inputs_read_the_same_records(on, tmp_path: Path) -> None:
    records = generate(seed=11, documents=20)
    inputs = {
        "jsonl": write_jsonl(tmp_path / "c.jsonl", records),
        "parquet": write_parquet(tmp_path / "c.parquet", records),
        "tsv": write_tsv(tmp_path / "c.tsv", records),
    }
    results = {}
    for kind, path in inputs.items():
        output = tmp_path / f"out-{kind}.jsonl"
        run(on, [path], output, partitions=4)
        results[kind] = read_jsonl(output)
    strip = [{k: v for k, v in r.items() if k not in ("input", "line")} for r in results["jsonl"]]
    assert strip
    for kind in ("parquet", "tsv"):
        assert [
            {k: v for k, v in r.items() if k not in ("input", "line")} for r in results[kind]
        ] == strip
    # Each row points at the record's line (TSV: after the header) or row (Parquet).
    first = results["jsonl"][0]
    assert first["line"] == first["record"] + 1
    assert results["tsv"][0]["line"] == first["record"] + 2
    assert results["parquet"][0]["line"] == first["record"] + 1


def test_several_inputs_number_records_across_files(on, tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [{"id": "a", "text": "Fine text."}] * 3)
    two = write_jsonl(tmp_path / "two.jsonl", [{"id": "b", "text": "Is it true ?"}])
    output = tmp_path / "out.jsonl"
    summary = run(on, [one, two], output)
    (row,) = read_jsonl(output)
    assert (row["record"], row["input"], row["line"], row["code"]) == (3, str(two), 1, "T101")
    assert summary.segments == 4 and summary.flagged_segments == 1


def test_a_folder_stands_for_its_input_files_in_name_order(on, tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    folder.mkdir()
    write_jsonl(folder / "part-1.jsonl", [{"id": "b", "text": "Is it true ?"}])
    write_parquet(folder / "part-0.parquet", [{"id": "a", "text": "Is it over ?"}])
    (folder / "notes.txt").write_text("not an input\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    run(on, partitions.expand([str(folder)]), output, config=Config(select=("T101",)))
    assert [(r["record"], r["id"]) for r in read_jsonl(output)] == [(0, "a"), (1, "b")]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(corpus.CorpusError, match="folder holds no"):
        partitions.expand([str(empty)])


def test_bad_records_are_reported_not_dropped(on, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_bytes(
        b'{"id": "ok", "text": "Is it true ?"}\n'
        b"\n"
        b"this is not JSON\n"
        b'{"id": "n", "text": 5}\n'
        b'{"text": "no id"}\n'
        b'{"id": "u", "text": "caf\xe9"}\n'
        b'["a", "list"]\n'
        b'{"id": "end", "text": "Is it over ?"}'
    )
    output = tmp_path / "out.jsonl"
    summary = run(on, [source], output, config=Config(select=("T101",)))
    rows = read_jsonl(output)
    assert [(r["record"], r["line"], r["code"]) for r in rows] == [
        (0, 1, "T101"),
        (1, 3, "E004"),
        (2, 4, "E004"),
        (3, 5, "E004"),
        (4, 6, "E004"),
        (5, 7, "E004"),
        (6, 8, "T101"),
    ]
    assert "not valid JSON" in rows[1]["message"]
    assert rows[2]["id"] == "n" and "'text'" in rows[2]["message"]
    assert "not UTF-8" in rows[4]["message"]
    assert summary.segments == 7 and summary.by_family["input"] == 5


def test_a_tsv_row_with_too_many_fields_is_reported(on, tmp_path: Path) -> None:
    source = tmp_path / "bad.tsv"
    source.write_text("id\ttext\n1\tIs it true ?\n2\ttoo\tmany\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    run(on, [source], output, config=Config(select=("T101",)))
    rows = read_jsonl(output)
    assert [(r["id"], r["line"], r["code"]) for r in rows] == [("1", 2, "T101"), (None, 3, "E004")]


def test_a_tsv_without_header_reads_id_text_source_reference(on, tmp_path: Path) -> None:
    source = tmp_path / "plain.tsv"
    source.write_text("7\tIs it true ?\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    run(on, [source], output, config=Config(select=("T101",)))
    assert [(r["id"], r["line"]) for r in read_jsonl(output)] == [("7", 1)]


def test_a_segment_that_breaks_a_rule_costs_only_that_segment(on, tmp_path: Path) -> None:
    records = [{"id": str(i), "text": "A boom here." if i == 5 else "Calm."} for i in range(12)]
    source = write_jsonl(tmp_path / "c.jsonl", records)
    output = tmp_path / "out.jsonl"
    with installed(BREAKS):  # the workers are threads of this process: they see it
        run(on, [source], output, config=Config(select=("T993",)), partitions=3)
    rows = read_jsonl(output)
    assert [(r["id"], r["code"]) for r in rows] == [
        (str(i), "E900" if i == 5 else "T993") for i in range(12)
    ]


def test_an_input_the_workers_cannot_read_is_a_clear_error(client, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Fine."}])
    inputs, blocked = partitions.scan([str(source)])
    parts = partitions.plan(inputs, partitions.cut_points(1, 1, blocked))
    source.unlink()  # gone between planning and reading, as on a worker without the file
    output = tmp_path / "out.jsonl"
    future = client.submit(dask_run.lint_partition, parts, Config(), pure=False)
    with pytest.raises(corpus.CorpusError, match=r"could not read rows 1-1 of .*c\.jsonl"):
        dask_run._result(future, parts[0])
    assert not output.exists()


def test_parquet_output_holds_the_same_rows(on, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    source = write_jsonl(tmp_path / "c.jsonl", generate(seed=5, documents=15))
    run(on, [source], tmp_path / "out.jsonl", partitions=3)
    run(on, [source], tmp_path / "out.parquet", partitions=3)
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == list(COLUMNS)
    assert table.to_pylist() == read_jsonl(tmp_path / "out.jsonl")


def test_an_empty_corpus_writes_an_empty_file(on, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    source = tmp_path / "empty.jsonl"
    source.write_text("\n", encoding="utf-8")
    summary = run(on, [source], tmp_path / "out.parquet")
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 0
    assert summary.segments == 0 and summary.share_flagged == 0.0


def test_unknown_endings_are_usage_errors(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Fine."}])
    result = CliRunner().invoke(main, ["corpus", str(source), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 2
    assert "unknown output ending" in result.output
    csv = tmp_path / "c.csv"
    csv.write_text("id,text\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["corpus", str(csv), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "unknown input ending" in result.output
    both = ["--scheduler", "tcp://127.0.0.1:1", "--workers", "2"]
    result = CliRunner().invoke(
        main, ["corpus", str(source), "-o", str(tmp_path / "o.jsonl"), *both]
    )
    assert result.exit_code == 2 and "--workers" in result.output
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(main, ["corpus", str(missing), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "missing.jsonl" in result.output


def test_the_command_runs_on_an_existing_scheduler(client, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Is it true ?"}])
    output = tmp_path / "out.jsonl"
    address = client.cluster.scheduler_address
    arguments = ["corpus", str(source), "-o", str(output), "--scheduler", address]
    result = CliRunner().invoke(main, [*arguments, "--select", "T101"])
    assert result.exit_code == 1, result.output
    assert [(r["id"], r["code"]) for r in read_jsonl(output)] == [("1", "T101")]
    assert "segments with findings: 1 (100.0 %)" in result.output


def test_the_progress_bar_counts_segments_and_partitions() -> None:
    stream = io.StringIO()
    bar = driver.Progress(total_rows=200, total_partitions=4, stream=stream, width=10)
    bar.advance(50)
    bar.advance(50)
    bar.finish()
    *_, last = stream.getvalue().rstrip("\n").split("\r")
    assert last.startswith("[#####.....]  50.0 % 2/4 partitions, ")
    assert last.endswith(" segments/s")
    silent = driver.Progress(total_rows=1, total_partitions=1)
    silent.advance(1)
    silent.finish()  # no stream: nothing to write, nothing raised


def test_without_the_extra_the_command_names_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Fine."}])
    output = str(tmp_path / "o.jsonl")
    arguments = ["corpus", str(source), "-o", output, "--scheduler", "tcp://127.0.0.1:1"]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert "--scheduler" in line and "pip install 'mtlint[corpus]'" in line


def test_the_local_backend_needs_no_dask(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fork_allowed: None
) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Is it true ?"}])
    output = tmp_path / "o.jsonl"
    result = CliRunner().invoke(main, ["corpus", str(source), "-o", str(output), *OPTIONS])
    assert result.exit_code == 1, result.output
    assert [(r["id"], r["code"]) for r in read_jsonl(output)] == [("1", "T101")]


def test_parquet_without_pyarrow_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    source = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Fine."}])
    result = CliRunner().invoke(main, ["corpus", str(source), "-o", str(tmp_path / "o.parquet")])
    assert result.exit_code == 2
    assert "pip install 'mtlint[corpus]'" in result.output


def test_the_command_on_worker_processes(tmp_path: Path) -> None:
    """The real thing: a LocalCluster of worker processes on loopback, Parquet out."""
    records = [
        {"id": "1", "doc_id": "a", "text": "Kim Jong-un visited the plant."},
        {"id": "2", "doc_id": "a", "text": "Kim Jong Un said it was fine ?"},
        {"id": "3", "text": 4},
    ]
    source = write_jsonl(tmp_path / "c.jsonl", records)
    output = tmp_path / "out.parquet"
    done = subprocess.run(
        [sys.executable, "-m", "checker", "corpus", str(source), "-o", str(output), *OPTIONS],
        capture_output=True,
        text=True,
        timeout=GUARD,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    import pyarrow.parquet as pq

    rows = pq.read_table(output).to_pylist()
    assert [(r["id"], r["code"]) for r in rows] == [("2", "N103"), ("2", "T101"), ("3", "E004")]
    assert "3 segments" in done.stdout
    assert "segments with findings: 2 (66.7 %)" in done.stdout
    assert "typography" in done.stdout


def _bound_hosts(node: object) -> set[str]:
    """The addresses an HTTP endpoint of a scheduler or worker listens on."""
    sockets = getattr(node.http_server, "_sockets", {})  # type: ignore[attr-defined]
    return {sock.getsockname()[0] for sock in sockets.values()}


def test_the_local_cluster_listens_on_loopback_only_without_dashboard(client) -> None:
    cluster = client.cluster
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert _bound_hosts(cluster.scheduler) == {"127.0.0.1"}
    assert all(_bound_hosts(worker) == {"127.0.0.1"} for worker in cluster.workers.values())
    addresses = client.scheduler_info()["workers"]
    assert len(addresses) == 2
    assert all(address.startswith("tcp://127.0.0.1:") for address in addresses)


def test_an_input_a_forked_worker_cannot_read_is_a_clear_error(
    tmp_path: Path, fork_allowed: None
) -> None:
    records = [{"id": str(i), "text": "Fine."} for i in range(4)]
    source = write_jsonl(tmp_path / "c.jsonl", records)
    inputs, blocked = partitions.scan([str(source)])
    parts = partitions.plan(inputs, partitions.cut_points(4, 2, blocked))
    source.unlink()  # gone between planning and reading
    with pytest.raises(corpus.CorpusError, match=r"could not read rows 1-2 of .*c\.jsonl"):
        list(driver.in_forks(parts, Config(), processes=2))
