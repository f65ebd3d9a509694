"""Access to the IPython shell and the Jupyter kernel the shim runs in (none in plain Python/IPython)."""

import sys


def current_shell():
    # A running IPython has imported IPython; don't import it (slowly) in plain Python (the CLI).
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None


def current_kernel():
    """The ipykernel Kernel object, or None outside a Jupyter kernel (e.g. terminal IPython)."""
    shell = current_shell()
    return getattr(shell, "kernel", None) if shell is not None else None


def open_comm(target_name, data):
    """Open a kernel->frontend comm carrying `data` in its comm_open message."""
    kernel = current_kernel()
    try:
        import comm as comm_package  # ipykernel >= 6.18 routes comms through the `comm` package
    except ImportError:
        comm_package = None
    if comm_package is not None and comm_package.get_comm_manager() is getattr(kernel, "comm_manager", None):
        return comm_package.create_comm(target_name=target_name, data=data)
    from ipykernel.comm import Comm  # ipykernel <= 6.17 (Debian 12)

    return Comm(target_name=target_name, data=data)


def parent_cell_id():
    """The id of the notebook cell being executed (JupyterLab sends it as execute_request metadata)."""
    kernel = current_kernel()
    get_parent = getattr(kernel, "get_parent", None)  # ipykernel >= 6; the shell's copy otherwise
    parent = get_parent() if get_parent else getattr(current_shell(), "parent_header", None)
    metadata = parent.get("metadata") if isinstance(parent, dict) else None  # the whole execute_request
    cell_id = metadata.get("cellId") if isinstance(metadata, dict) else None
    return cell_id if isinstance(cell_id, str) else None
