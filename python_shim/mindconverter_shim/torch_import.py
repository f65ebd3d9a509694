"""Import torch lazily, so that the shim (and its comm channel) loads in kernels without torch."""

from .errors import ShimError


def require_torch():
    try:
        import torch
    except ImportError as error:
        raise ShimError("torch_missing", f"PyTorch is not importable in this Python ({error})") from None
    return torch


def torch_version():
    """The torch version string, or None when torch is not importable."""
    try:
        import torch
    except ImportError:
        return None
    return torch.__version__
