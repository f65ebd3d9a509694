"""The one error type of the shim: a machine-readable code plus a clear, one-line message."""

# Failure kinds shared by the comm protocol and the command line (see PROTOCOL.md).
ERROR_CODES = (
    "invalid_request",      # malformed request: bad name, shape, dtype, opset, action
    "unknown_variable",     # the name is not defined in the kernel's namespace
    "not_a_module",         # the object is not a torch.nn.Module
    "export_failed",        # torch could not export the model (torch's own message)
    "torch_missing",        # torch cannot be imported in this interpreter
    "file_not_found",       # CLI: --model_file does not exist / is not readable
    "load_failed",          # CLI: the file is not a torch checkpoint, or unpickling failed
    "class_not_found",      # CLI: the model class (or a class the pickle refers to) cannot be imported
    "state_dict_mismatch",  # CLI: the state dict does not fit the model class
    "write_failed",         # CLI: the output files cannot be written
    "internal_error",       # a bug in the shim (the message says what happened)
)


class ShimError(Exception):
    """An expected failure with a code from ERROR_CODES and a message meant for the user."""

    def __init__(self, code, message):
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = one_line(message)

    def to_json(self):
        return {"code": self.code, "message": self.message}


def one_line(text):
    """Collapse a (possibly multi-line) message into one line, without losing its content."""
    parts = [line.strip() for line in str(text).splitlines()]
    return " | ".join(part for part in parts if part)
