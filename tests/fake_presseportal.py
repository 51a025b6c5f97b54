"""presseportal on loopback: an HTTP server serving the RSS feeds and release pages in
tests/fixtures/feeds/ (their links rewritten to point back at it), a feed that answers HTTP 500,
and routes a test can change or make drop the connection."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "feeds"
PRESSEPORTAL = "https://www.presseportal.de"
HAMM_FEED = "/blaulicht/rss/dienststelle_11787.rss2"
AALEN_FEED = "/blaulicht/rss/dienststelle_110969.rss2"
BROKEN_FEED = "/blaulicht/rss/dienststelle_broken.rss2"
FAILING_FEED = "/blaulicht/rss/dienststelle_500.rss2"
SCHOCKANRUF = "/blaulicht/pm/11787/5738877"
FAHRRAD = "/blaulicht/pm/11787/5734512"
TITLES = {
    "POL-HAM: Fahrraddiebe auf frischer Tat festgenommen",
    "POL-HAM: Motorradfahrer bei Unfall in Uentrop schwer verletzt",
    "POL-HAM: Betrüger erbeuten Goldmünzen - Polizei warnt vor Schockanrufen",
    "POL-AA: Ostalbkreis: Brand in Lagerhalle - Unfallflucht auf Parkplatz",
    "POL-AA: Schwäbisch Gmünd: Katalysatoren von Gebrauchtwagen gestohlen",
}
DROP = object()  # a route that closes the connection without an answer


class Presseportal:
    """presseportal on loopback: path -> (status, content type, body), or DROP."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes] | object] = {}
        self.user_agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.user_agents.append(self.headers.get("User-Agent", ""))
                route = site.routes.get(self.path, (404, "text/html", b"<h1>Nicht gefunden</h1>"))
                if route is DROP:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                status, content_type, body = route
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        for path in FIXTURES.glob("dienststelle_*.rss2"):
            self.serve(f"/blaulicht/rss/{path.name}", path.read_text(), "application/rss+xml")
        for path in FIXTURES.glob("pm_*.html"):
            _, office, number = path.stem.split("_")
            self.serve(f"/blaulicht/pm/{office}/{number}", path.read_text())
        self.routes[FAILING_FEED] = (500, "text/html", b"<h1>Interner Serverfehler</h1>")

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, text: str, content_type: str = "text/html; charset=utf-8") -> None:
        """Serve text at path, its presseportal links pointing at this server."""
        self.routes[path] = (200, content_type, text.replace(PRESSEPORTAL, self.base).encode())

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
