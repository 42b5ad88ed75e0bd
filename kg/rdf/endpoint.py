"""HTTP to any SPARQL 1.1 store: queries, updates and Graph Store requests, with one-line errors.

The auth scheme is the one the server asks for in its 401 challenge (Virtuoso's ``/sparql-auth`` wants
Digest, Fuseki and GraphDB Basic), so users give only a user and a password.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg.rdf.iri import valid_iri

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 300.0
_XSD = "http://www.w3.org/2001/XMLSchema#"


class EndpointError(Exception):
    """The store is unreachable, refuses the request or answers something that is not SPARQL results."""


class Client:
    def __init__(
        self, user: str | None = None, password: str | None = None, timeout: float = READ_TIMEOUT
    ) -> None:
        self.session = requests.Session()
        self.user = user
        self.password = password or ""
        self.timeout = (CONNECT_TIMEOUT, timeout)

    def _auth_for(self, challenge: str) -> AuthBase:
        scheme = challenge.strip().split(" ", 1)[0].lower()
        if scheme == "digest":
            return HTTPDigestAuth(self.user or "", self.password)
        return HTTPBasicAuth(self.user or "", self.password)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request; on the first 401 the session adopts the server's auth scheme and retries once."""
        if not valid_iri(url) or not url.lower().startswith(("http://", "https://")):
            raise EndpointError(f"not an http(s) URL: {url!r}")
        response = self._send(method, url, **kwargs)
        if response.status_code == 401 and self.user is not None and self.session.auth is None:
            self.session.auth = self._auth_for(response.headers.get("WWW-Authenticate", ""))
            response = self._send(method, url, **kwargs)
        if response.status_code == 401:
            hint = "check --user/--password" if self.user is not None else "give --user and --password"
            raise EndpointError(f"{url} refused the credentials (HTTP 401): {hint}")
        if response.status_code >= 400:
            first = next((ln.strip() for ln in response.text.splitlines() if ln.strip()), "")
            raise EndpointError(f"{url} answered HTTP {response.status_code}: {first[:300]}")
        return response

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            return self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.Timeout as e:
            raise EndpointError(f"{url} did not answer within {self.timeout[1]:.0f} s") from e
        except requests.RequestException as e:
            raise EndpointError(f"cannot reach {url}: {_reason(e)}") from e

    def select(self, url: str, query: str) -> list[dict[str, Any]]:
        """Rows of a SELECT, each variable as a Python value (IRIs as str, typed literals converted)."""
        response = self.request(
            "POST",
            url,
            data={"query": query},
            headers={"Accept": "application/sparql-results+json"},
        )
        try:
            bindings = response.json()["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as e:
            raise EndpointError(f"{url} did not answer with SPARQL JSON results") from e
        return [{k: _value(v) for k, v in row.items()} for row in bindings]

    def update(self, url: str, update: str) -> None:
        self.request(
            "POST",
            url,
            data=update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )


def _reason(error: BaseException) -> str:
    """The socket's own words ("Connection refused", "Name or service not known") rather than urllib3's
    three nested reprs; the first line of the message when there is no OS error underneath."""
    seen: set[int] = set()
    todo: list[BaseException] = [error]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.strerror:
            return e.strerror
        todo += [
            c
            for c in (e.__cause__, e.__context__, getattr(e, "reason", None), *e.args)
            if isinstance(c, BaseException)
        ]
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _value(term: dict[str, str]) -> Any:
    value = term.get("value", "")
    if term.get("type") != "literal" and term.get("type") != "typed-literal":
        return value
    datatype = term.get("datatype", "")
    if datatype == _XSD + "integer" or datatype == _XSD + "int":
        return int(value)
    if datatype == _XSD + "boolean":
        return value in ("true", "1")
    if datatype in (_XSD + "double", _XSD + "decimal", _XSD + "float"):
        return float(value)
    return value
