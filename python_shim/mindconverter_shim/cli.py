"""`python3 -m mindconverter_shim export ...`: the .pth path of the mindconverter CLI.

Writes the ONNX file and its module tree, prints one JSON line on stdout on success, and on failure
exactly one line `mindconverter_shim: error: <message>` on stderr with an exit code per kind.
"""

import argparse
import contextlib
import json
import os
import sys
import tempfile

from ._version import __version__
from .errors import ShimError
from .validate import DTYPES, parse_shape_text

# Exit code per failure kind; 2 is also argparse's code for usage errors.
EXIT_CODES = {
    "invalid_request": 2,
    "file_not_found": 3,
    "load_failed": 4,
    "class_not_found": 5,
    "not_a_module": 6,
    "state_dict_mismatch": 7,
    "export_failed": 8,
    "torch_missing": 9,
    "write_failed": 10,
    "unknown_variable": 11,
    "internal_error": 12,
}
PROG = "mindconverter_shim"


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ShimError("invalid_request", f"{message} (see {PROG} export --help)")


def _parser():
    parser = _Parser(prog=f"python3 -m {PROG}", description="Kernel-side exporter of jupyterlab-mindconverter.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser("export", help="export a .pth model to ONNX plus its module tree")
    export.add_argument("--model_file", required=True,
                        help="a whole pickled nn.Module, or a state dict with --model_class")
    export.add_argument("--shape", required=True, nargs="+", action="extend", help="input shape(s), e.g. 1,3,224,224")
    export.add_argument("--dtype", nargs="+", action="extend", choices=DTYPES, help="input dtype(s) (default float32)")
    export.add_argument("--opset", type=int, help="ONNX opset (default 13)")
    export.add_argument("--model_class",
                        help="package.module:ClassName for a state dict (constructed without arguments)")
    export.add_argument("--project_path", help="directory holding the model's source (added to sys.path)")
    export.add_argument("--output", required=True, help="where to write the .onnx file")
    export.add_argument("--module_tree",
                        help="where to write the module tree JSON (default: OUTPUT without .onnx + .tree.json)")
    return parser


def main(argv=None):
    try:
        options = _parser().parse_args(argv)
        summary = _export(options)
    except ShimError as error:
        print(f"{PROG}: error: {error.message}", file=sys.stderr)
        return EXIT_CODES[error.code]
    print(json.dumps(summary))
    return 0


def _export(options):
    from .checkpoint import load_model
    from .exporter import export

    shapes = [parse_shape_text(text) for text in options.shape]
    tree_path = options.module_tree or _default_tree_path(options.output)
    with _native_stderr_silenced():
        model = load_model(options.model_file, options.model_class, options.project_path)
        result = export(model, shapes, options.dtype, options.opset)
    _write(options.output, result.onnx_bytes)
    _write(tree_path, (json.dumps(result.module_tree) + "\n").encode())
    return {
        "onnx": options.output,
        "module_tree": tree_path,
        "onnx_bytes": len(result.onnx_bytes),
        "exported_with": result.method,
        "warnings": result.warnings,
    }


def _default_tree_path(output):
    stem = output[: -len(".onnx")] if output.endswith(".onnx") else output
    return stem + ".tree.json"


@contextlib.contextmanager
def _native_stderr_silenced():
    """torch's C++ code writes warnings straight to fd 2; keep stderr to our one error line."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write(path, data):
    """Write through a temporary file in the same directory, so a failure never leaves half a file."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".mindconverter-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp creates 0600; give the usual mode
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise ShimError("write_failed", f"cannot write {path}: {error.strerror or error}") from None
