"""A real ipykernel driven through jupyter_client, with the frontend side of comms done by hand.

jupyter_client has no comm manager of its own, so this plays the part of the JupyterLab extension:
it sends comm_open/comm_msg/comm_close on the shell channel and reads comm traffic from iopub.
"""

import queue
import shutil
import tempfile
import time
import uuid

from jupyter_client.manager import KernelManager

from conftest import FIXTURE_PROJECT, shim_env

TIMEOUT = 120


class KernelSession:
    def __init__(self):
        self.manager = KernelManager(kernel_name="python3")
        env = shim_env(FIXTURE_PROJECT)
        env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"   # quiets ipykernel's debugger warning on every start
        self.workdir = tempfile.mkdtemp(prefix="shim-kernel-")
        self.manager.start_kernel(env=env, cwd=self.workdir)
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=TIMEOUT)
        self.pending = []     # iopub messages read while waiting for something else

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        shutil.rmtree(self.workdir, ignore_errors=True)

    # --- execution -------------------------------------------------------------------------
    def execute(self, code, cell_id=None, user_expressions=None):
        """Run a cell; returns (reply content, stdout text, stderr text, iopub messages of the cell).

        The cell's comm messages (e.g. comm_open from a magic) also stay available to take()/wait_for().
        """
        content = {"code": code, "silent": False, "store_history": True, "user_expressions": user_expressions or {},
                   "allow_stdin": False, "stop_on_error": False}  # an erroring cell must not abort the next
        msg = self.client.session.msg("execute_request", content)
        if cell_id is not None:
            msg["metadata"]["cellId"] = cell_id     # what JupyterLab sends with every cell execution
        self.client.shell_channel.send(msg)
        messages = self._iopub_until(lambda m: m["parent_header"].get("msg_id") == msg["header"]["msg_id"]
                                     and m["msg_type"] == "status" and m["content"]["execution_state"] == "idle",
                                     parent=msg["header"]["msg_id"])
        reply = self._shell_reply(msg["header"]["msg_id"])
        stdout = "".join(m["content"]["text"] for m in messages
                         if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        stderr = "".join(m["content"]["text"] for m in messages
                         if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")
        return reply["content"], stdout, stderr, messages

    def run(self, code, cell_id=None):
        """Run a cell that must succeed; returns its stdout."""
        reply, stdout, stderr, _ = self.execute(code, cell_id)
        assert reply["status"] == "ok", (reply, stderr)
        return stdout

    def evaluate(self, expression):
        """The repr of an expression evaluated in the kernel (test code, not user text)."""
        reply, _, _, _ = self.execute("", user_expressions={"value": expression})
        value = reply["user_expressions"]["value"]
        assert value["status"] == "ok", value
        return value["data"]["text/plain"]

    # --- comms: the frontend's side ---------------------------------------------------------
    def open_comm(self, target_name, data=None):
        comm_id = uuid.uuid4().hex
        self._send_shell("comm_open", {"comm_id": comm_id, "target_name": target_name, "data": data or {}})
        return comm_id

    def comm_send(self, comm_id, data):
        self._send_shell("comm_msg", {"comm_id": comm_id, "data": data})

    def comm_close(self, comm_id, data=None):
        self._send_shell("comm_close", {"comm_id": comm_id, "data": data or {}})

    def request(self, comm_id, action, **fields):
        """Send one request on the `mindconverter` comm and return (reply data, buffers)."""
        request_id = str(uuid.uuid4())
        self.comm_send(comm_id, {"request_id": request_id, "action": action, **fields})
        reply = self.wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm_id
                              and m["content"]["data"].get("request_id") == request_id)
        return reply["content"]["data"], [bytes(buffer) for buffer in reply["buffers"]]

    def wait_for(self, predicate):
        """The first iopub message (already read or new) that matches."""
        for index, msg in enumerate(self.pending):
            if predicate(msg):
                return self.pending.pop(index)
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            msg = self._next_iopub(deadline)
            if predicate(msg):
                return msg
            self.pending.append(msg)
        raise AssertionError("timed out waiting for an iopub message")

    def take(self, predicate):
        """Remove and return every already-read iopub message that matches."""
        taken = [msg for msg in self.pending if predicate(msg)]
        self.pending = [msg for msg in self.pending if not predicate(msg)]
        return taken

    # --- plumbing -----------------------------------------------------------------------------
    def _send_shell(self, msg_type, content):
        self.client.shell_channel.send(self.client.session.msg(msg_type, content))

    def _next_iopub(self, deadline):
        try:
            return self.client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError("timed out waiting for the kernel") from None

    def _iopub_until(self, done, parent):
        """Collect iopub messages of one parent until `done`; others are kept in self.pending."""
        collected = []
        deadline = time.monotonic() + TIMEOUT
        while True:
            msg = self._next_iopub(deadline)
            if msg["parent_header"].get("msg_id") == parent:
                collected.append(msg)
                if done(msg):
                    self.pending.extend(m for m in collected if m["msg_type"].startswith("comm_"))
                    return collected
            else:
                self.pending.append(msg)

    def _shell_reply(self, msg_id):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            reply = self.client.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply
        raise AssertionError("no execute_reply")
