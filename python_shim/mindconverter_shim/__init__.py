"""Kernel-side shim of jupyterlab-mindconverter.

Exports live PyTorch models to ONNX (plus a module tree) for the converter, answers the JupyterLab
extension over the `mindconverter` comm (registered when this package is imported inside a Jupyter
kernel), and provides the %mindconverter magics (`%load_ext mindconverter_shim`). Needs only torch.
"""

from ._version import __version__
from .comm import handle_request, register_comm_target
from .errors import ShimError
from .exporter import ExportResult, export
from .models import list_models

__all__ = [
    "__version__", "ExportResult", "ShimError", "export", "handle_request", "list_models", "load_ipython_extension",
]


def load_ipython_extension(shell):
    """`%load_ext mindconverter_shim`: register the magics and greet the JupyterLab extension."""
    from .magics import load

    register_comm_target()
    load(shell)


register_comm_target()
