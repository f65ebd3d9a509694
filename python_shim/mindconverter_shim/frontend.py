"""Requests from the kernel to the JupyterLab extension (the `mindconverter.frontend` comm target).

Each request opens its own comm whose comm_open data is the request; the extension answers once on
that comm ({"request_id", "ok", ...}) and then closes it (the kernel never closes these comms).
A frontend without the extension closes the comm without answering (JupyterLab does so for unknown
targets), which tells the shim that the extension is missing. Answers arrive only after the cell
that sent the request has finished (the kernel handles comm messages between executions), so what
the shim learns is used by the next magic call.
"""

import uuid

from ._version import __version__
from .kernel import current_kernel, open_comm, parent_cell_id

TARGET_NAME = "mindconverter.frontend"

UNKNOWN, PRESENT, ABSENT = "unknown", "present", "absent"


class FrontendLink:
    """What the kernel knows about the extension on the other side of its comms."""

    def __init__(self):
        self.status = UNKNOWN
        self.extension_version = None
        self.last_error = None

    def send(self, action, **fields):
        """Open a comm carrying one request; returns the request id, or None outside a kernel."""
        if current_kernel() is None:
            return None
        request = {"request_id": str(uuid.uuid4()), "action": action, "cell_id": parent_cell_id(), **fields}
        comm = open_comm(TARGET_NAME, request)
        answered = []

        def on_msg(msg):
            answered.append(True)
            self._record_answer(msg["content"].get("data") or {})

        def on_close(msg):
            if not answered:
                self.status = ABSENT

        comm.on_msg(on_msg)
        comm.on_close(on_close)
        return request["request_id"]

    def _record_answer(self, answer):
        self.status = PRESENT
        version = answer.get("extension_version")
        if isinstance(version, str):
            self.extension_version = version
        error = answer.get("error")
        if answer.get("ok") is False and isinstance(error, dict):
            self.last_error = error.get("message")

    def hello(self):
        return self.send("hello", shim_version=__version__)


link = FrontendLink()
