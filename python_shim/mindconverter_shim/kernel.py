"""Access to the IPython shell and the Jupyter kernel the shim runs in (none in plain Python/IPython)."""


def current_shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def current_kernel():
    """The ipykernel Kernel object, or None outside a Jupyter kernel (e.g. terminal IPython)."""
    shell = current_shell()
    return getattr(shell, "kernel", None) if shell is not None else None


def open_comm(target_name, data):
    """Open a kernel->frontend comm carrying `data` in its comm_open message."""
    try:
        from ipykernel.comm import Comm
    except ImportError:  # kernels whose comms come only from the `comm` package
        from comm import create_comm

        return create_comm(target_name=target_name, data=data)
    return Comm(target_name=target_name, data=data)


def parent_cell_id():
    """The id of the notebook cell being executed (JupyterLab sends it as execute_request metadata)."""
    shell = current_shell()
    parent = getattr(shell, "parent_header", None) or {}
    metadata = parent.get("metadata") if isinstance(parent, dict) else None
    cell_id = metadata.get("cellId") if isinstance(metadata, dict) else None
    return cell_id if isinstance(cell_id, str) else None
