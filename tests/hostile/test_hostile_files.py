"""Strange things in a linted folder, and the promise never to write to the files read.

- symbolic-link loops (a link to itself, two links to each other, a link to a parent folder) and
  broken links are reported, each on its own line, and never followed forever;
- a FIFO or a socket named like a draft is reported, not opened (opening a FIFO blocks forever);
- an unreadable file or folder is reported and the readable ones are still linted (exit 2).
  The tests run as root, for whom ``chmod 000`` changes nothing: as root the CLI is started
  under ``setpriv`` without the capabilities that bypass file permissions (CAP_DAC_OVERRIDE,
  CAP_DAC_READ_SEARCH), so the permission bits apply again; without setpriv the test is skipped;
- linting (every output format, one and two processes, the ``claims`` command) leaves every
  file it reads — drafts, claims library, rule packs — byte-for-byte and mtime-for-mtime as it was,
  and creates nothing beside them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import stat
from pathlib import Path

import pytest
from hostile_support import CORPUS, REFERENCE, ROOT, run_cli

DRAFT = "SC achieved CR/CRi in 29.3% of patients in INO-VATE ALL.\n"


def _stderr_lines(run) -> list[str]:
    assert "Traceback" not in run.stderr, run.stderr
    return [line for line in run.stderr.splitlines() if line.strip()]


def _linted_paths(run) -> list[str]:
    return sorted({f["path"] for f in json.loads(run.stdout)["findings"]})


def test_symlink_loops_and_broken_links_are_reported_not_followed(tmp_path):
    d = tmp_path / "drafts"
    (d / "sub").mkdir(parents=True)
    (d / "real.md").write_text(DRAFT)
    (d / "sub" / "inner.md").write_text(DRAFT)
    (d / "sub" / "up").symlink_to("..", target_is_directory=True)   # a folder loop
    (d / "sub" / "self").symlink_to(".", target_is_directory=True)
    (d / "self.md").symlink_to("self.md")                           # a link to itself
    (d / "a.md").symlink_to("b.md")                                 # two links to each other
    (d / "b.md").symlink_to("a.md")
    (d / "broken.md").symlink_to("nowhere.md")
    run = run_cli("lint", "--reference", REFERENCE, "--format", "json", "-j", "1", d, cwd=tmp_path, timeout=60)
    assert not run.timed_out and run.returncode == 2
    errors = _stderr_lines(run)
    for name, reason in (("self.md", "symbolic link loop"), ("a.md", "symbolic link loop"),
                         ("b.md", "symbolic link loop"), ("broken.md", "broken symbolic link")):
        assert any(line.endswith(f"{d / name}: {reason}") for line in errors), (name, errors)
    assert len(errors) == 4, errors
    assert _linted_paths(run) == [str(d / "real.md"), str(d / "sub" / "inner.md")]  # each once


def test_link_loop_given_explicitly(tmp_path):
    (tmp_path / "loop.md").symlink_to("loop.md")
    run = run_cli("lint", "--reference", REFERENCE, "loop.md", cwd=tmp_path, timeout=60)
    assert run.returncode == 2 and _stderr_lines(run) == ["claimcheck: loop.md: symbolic link loop"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_and_socket_are_reported_not_opened(tmp_path):
    d = tmp_path / "drafts"
    d.mkdir()
    (d / "real.md").write_text(DRAFT)
    os.mkfifo(d / "pipe.md")  # opening it for reading would wait for a writer forever
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(d / "sock.md"))
        for target in ([d], [d / "pipe.md"]):
            run = run_cli("lint", "--reference", REFERENCE, "--format", "json", "-j", "1", *target, cwd=tmp_path,
                          timeout=60)
            assert not run.timed_out, "a FIFO was opened"
            assert run.returncode == 2
            errors = _stderr_lines(run)
            assert any(line.endswith("pipe.md: not a regular file (a FIFO)") for line in errors), errors
        assert any(line.endswith("sock.md: not a regular file (a socket)") for line in _stderr_lines(
            run_cli("lint", "--reference", REFERENCE, "-j", "1", d, cwd=tmp_path, timeout=60)))
    finally:
        server.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_read_document_refuses_a_fifo_without_opening_it(tmp_path):
    """The library call, not only the folder walk, refuses special files (it would block)."""
    from claimcheck.documents import read_document
    from claimcheck.errors import InputError

    os.mkfifo(tmp_path / "pipe.md")
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("read_document opened the FIFO"))
    signal.alarm(10)
    try:
        with pytest.raises(InputError, match=r"not a regular file \(a FIFO\)") as info:
            read_document(tmp_path / "pipe.md")
        assert str(info.value).startswith(str(tmp_path / "pipe.md"))
    finally:
        signal.alarm(0)


def _unprivileged() -> tuple:
    """A command prefix under which permission bits apply (see the module docstring)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and no setpriv to drop CAP_DAC_OVERRIDE: chmod 000 cannot make a file "
                    "unreadable for root")
    caps = "-dac_override,-dac_read_search"
    return (setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}")


def test_unreadable_file_and_folder_are_reported(tmp_path):
    prefix = _unprivileged()
    d = tmp_path / "drafts"
    (d / "locked").mkdir(parents=True)
    (d / "ok.md").write_text(DRAFT)
    (d / "secret.md").write_text(DRAFT)
    (d / "locked" / "hidden.md").write_text(DRAFT)
    os.chmod(d / "secret.md", 0)
    os.chmod(d / "locked", 0)
    try:
        run = run_cli("lint", "--reference", REFERENCE, "--format", "json", "-j", "1", d, cwd=tmp_path,
                      timeout=60, prefix=prefix)
        only = run_cli("lint", "--reference", REFERENCE, "-j", "1", d / "locked", cwd=tmp_path, timeout=60,
                       prefix=prefix)
    finally:
        os.chmod(d / "locked", 0o755)
        os.chmod(d / "secret.md", 0o644)
    assert run.returncode == 2, (run.stdout, run.stderr)
    errors = _stderr_lines(run)
    assert any(line.endswith(f"{d / 'secret.md'}: cannot read: Permission denied") for line in errors), errors
    assert any(line.endswith(f"{d / 'locked'}: cannot read folder: Permission denied") for line in errors), errors
    assert len(errors) == 2, errors
    assert _linted_paths(run) == [str(d / "ok.md")]
    # named on the command line, an unreadable folder is a usage error (exit 2), not "no lintable file"
    assert only.returncode == 2 and "locked" in only.stderr and "readable" in only.stderr
    assert "Traceback" not in only.stderr and "no lintable file" not in only.stderr


# ----------------------------------------------------------------------------- read-only
def _snapshot(root: Path) -> dict[str, tuple]:
    """Every file and folder under root: content hash, size, mtime (ns), mode; folders' listings."""
    state: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        state[dirpath] = ("dir", tuple(sorted(dirnames + filenames)), os.stat(dirpath).st_mtime_ns)
        for name in filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else None
            state[str(p)] = (digest, st.st_size, st.st_mtime_ns, st.st_mode)
    return state


def test_linting_never_writes_to_what_it_reads(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(CORPUS, work / "corpus")
    shutil.copytree(REFERENCE, work / "reference")
    if (ROOT / "rules").is_dir():
        shutil.copytree(ROOT / "rules", work / "rules")
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        shutil.copytree(seeds, work / "corpus" / "seeds")
    hostile = work / "corpus" / "hostile"
    hostile.mkdir()
    (hostile / "suppressed.md").write_text("<!-- claimcheck: ignore V001 -->\n" + DRAFT)
    (hostile / "empty.md").write_text("")
    (hostile / "crlf.txt").write_bytes(DRAFT.replace("\n", "\r\n").encode() * 3)
    (hostile / "cp1252.txt").write_bytes("CR/CRi 29.3% \u2013 caf\u00e9\n".encode("cp1252"))
    (hostile / "page.html").write_text(f"<!doctype html><html><body><p>{DRAFT}</p></body></html>")
    (hostile / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    for p in work.rglob("*"):  # an old mtime: a rewrite would show even within the same second
        os.utime(p, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000), follow_symlinks=False)
    os.utime(work, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = _snapshot(work)
    draft = next(iter(sorted((work / "corpus").glob("*.md"))))
    runs = [("lint", "corpus", "--format", fmt, "-j", jobs) for fmt in ("text", "json") for jobs in ("1", "2")]
    runs.append(("claims", str(draft.relative_to(work)), "--format", "json"))
    for args in runs:
        run = run_cli(*args, cwd=work, timeout=300, env={"CI": "1"})
        assert run.returncode in (0, 1, 2) and "Traceback" not in run.stderr, (args, run.stderr)
    after = _snapshot(work)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, changed
