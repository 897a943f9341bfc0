"""An ASGI middleware that refuses request bodies over a size limit, for the browser chat's server.

Gradio checks the size of uploaded files itself (``max_file_size``) but reads
any other request body whole: a client could post a gigabyte of JSON to the
queue. This middleware answers 413 with a one-line JSON message when the
declared ``Content-Length`` is over the limit, and cuts the request off when a
body without one (chunked) grows past it. Upload routes keep their own, larger
limit. It neither parses nor rewrites bodies.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Enough for a question, a long history and Gradio's envelope around them.
DEFAULT_MAX_BYTES = 1_000_000


class BodyLimit:
    def __init__(
        self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_BYTES, upload_max_bytes: int = 0, upload_suffix: str = "/upload"
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = max(upload_max_bytes, max_bytes)
        self.upload_suffix = upload_suffix

    def limit_for(self, path: str) -> int:
        # Several files may go up in one request; each is still held to Gradio's max_file_size.
        return self.upload_max_bytes * 20 if path.rstrip("/").endswith(self.upload_suffix) else self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(str(scope.get("path", "")))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, declared, limit)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # The app sees a client that went away: it stops reading and answers nothing.
                    return {"type": "http.disconnect"}
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, size: int, limit: int) -> None:
    body = json.dumps(
        {"error": f"The request is {size:,} bytes; the limit is {limit:,} bytes. Send a shorter question or history."}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
