"""The `mindconverter` comm target: the JupyterLab extension's requests to the kernel.

Requests {"request_id", "action": "ping" | "list_models" | "export", ...} arrive as comm messages
(or as the data of the comm_open message); every request gets exactly one reply on the same comm
with the same request_id. An export's ONNX file travels as the reply's first binary buffer.
See PROTOCOL.md for the full message formats.
"""

import logging

from ._version import __version__
from .errors import ShimError
from .exporter import export
from .kernel import current_kernel, current_shell
from .models import list_models
from .torch_import import torch_version
from .validate import validate_name

TARGET_NAME = "mindconverter"
_log = logging.getLogger(__name__)


def register_comm_target():
    """Register the target on the current kernel; returns False outside a kernel. Idempotent."""
    kernel = current_kernel()
    manager = getattr(kernel, "comm_manager", None)
    if manager is None:
        return False
    manager.register_target(TARGET_NAME, _on_comm_open)
    return True


def _on_comm_open(comm, open_msg):
    comm.on_msg(lambda msg: _answer(comm, msg["content"].get("data")))
    data = open_msg["content"].get("data")
    if isinstance(data, dict) and "action" in data:
        _answer(comm, data)


def _answer(comm, data):
    shell = current_shell()
    namespace = shell.user_ns if shell is not None else {}
    reply, buffers = handle_request(data, namespace)
    comm.send(reply, buffers=buffers)


def handle_request(data, namespace):
    """Answer one request: returns (reply dict, list of binary buffers). Never raises."""
    request_id = data.get("request_id") if isinstance(data, dict) else None
    if not isinstance(request_id, str):
        request_id = None
    try:
        reply, buffers = _dispatch(data, namespace)
    except ShimError as error:
        reply, buffers = {"ok": False, "error": error.to_json()}, []
    except Exception as error:  # a bug must still produce an answer, or the frontend waits forever
        _log.exception("mindconverter request failed")
        failure = ShimError("internal_error", f"{type(error).__name__}: {error}")
        reply, buffers = {"ok": False, "error": failure.to_json()}, []
    return {"request_id": request_id, **reply}, buffers


def _dispatch(data, namespace):
    if not isinstance(data, dict):
        raise ShimError("invalid_request", "a request must be a JSON object")
    if not isinstance(data.get("request_id"), str):
        raise ShimError("invalid_request", "a request needs a string request_id")
    action = data.get("action")
    if action == "ping":
        return {"ok": True, "shim_version": __version__, "torch_version": torch_version()}, []
    if action == "list_models":
        return {"ok": True, "models": list_models(namespace)}, []
    if action == "export":
        validate_name(data.get("name"))
        result = export(data.get("name"), data.get("shapes"), data.get("dtypes"), data.get("opset"), namespace)
        reply = {
            "ok": True,
            "onnx_bytes": len(result.onnx_bytes),
            "module_tree": result.module_tree,
            "exported_with": result.method,
            "warnings": result.warnings,
        }
        return reply, [result.onnx_bytes]
    raise ShimError("invalid_request", f"unknown action {action!r}; expected ping, list_models or export")
