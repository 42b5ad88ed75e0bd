"""A throw-away OpenLink Virtuoso on loopback, for the SPARQL store tests and the push benchmark.

Each server gets its own temporary database and free ports, so tests never touch a system instance.
Start-up is bounded (``START_TIMEOUT``) and the process is killed on exit, whatever happened.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

START_TIMEOUT = 90.0
USER = "dba"
PASSWORD = "dba"  # the password of a freshly created Virtuoso database

_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CaseMode = 2
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 8
MaxClientConnections = 8
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


def binary() -> str | None:
    return shutil.which("virtuoso-t")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True, slots=True)
class Virtuoso:
    http: str

    @property
    def sparql(self) -> str:
        """Read-only SPARQL endpoint (no auth)."""
        return f"{self.http}/sparql"

    @property
    def sparql_auth(self) -> str:
        """SPARQL query and update endpoint (digest auth)."""
        return f"{self.http}/sparql-auth"

    @property
    def gsp(self) -> str:
        """Graph Store HTTP Protocol endpoint (digest auth)."""
        return f"{self.http}/sparql-graph-crud-auth"


@contextmanager
def running(workdir: Path) -> Iterator[Virtuoso]:
    """A Virtuoso serving a new database in ``workdir``; raises RuntimeError if it does not come up."""
    exe = binary()
    if exe is None:
        raise RuntimeError("virtuoso-t not found")
    workdir = workdir.resolve()  # the ini and the server (cwd=workdir) must agree on every path
    workdir.mkdir(parents=True, exist_ok=True)
    http_port = _free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(_INI.format(d=workdir, sql=_free_port(), http=http_port), encoding="utf-8")
    log = (workdir / "stdout.log").open("wb")
    proc = subprocess.Popen(
        [exe, "+foreground", "+configfile", str(ini)], cwd=workdir, stdout=log, stderr=log
    )
    server = Virtuoso(f"http://127.0.0.1:{http_port}")
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                raise RuntimeError(
                    f"virtuoso-t exited with {proc.returncode}; see {workdir / 'virtuoso.log'}"
                )
            try:
                if requests.get(server.sparql, params={"query": "ASK {}"}, timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t did not answer within {START_TIMEOUT:.0f} s")
            time.sleep(0.3)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
