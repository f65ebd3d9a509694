"""IPython magics: `%mindconverter MODEL --shape 1,3,224,224` and `%%mindconverter`.

Both hand the work to the JupyterLab extension (which converts in the browser and inserts the
result below the cell); the kernel only validates the request and sends it. Without a kernel
(terminal IPython) or without the extension, they say that the JupyterLab extension is needed.
"""

import argparse
import shlex

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class

from .errors import ShimError
from .frontend import ABSENT, PRESENT, link
from .kernel import current_kernel
from .models import get_model
from .validate import DTYPES, parse_shape_text, validate_dtypes, validate_name, validate_opset

EXTENSION_NEEDED = (
    "the JupyterLab extension jupyterlab-mindconverter is needed for the %mindconverter magics "
    "(pip install jupyterlab-mindconverter, then reload JupyterLab)"
)
NO_KERNEL = (
    f"mindconverter: this IPython is not a Jupyter kernel, so no notebook can receive a converted cell: "
    f"{EXTENSION_NEEDED}. In a terminal, use the command line: mindconverter --in_file FILE.py, "
    "or mindconverter --model_file FILE.pth --shape 1,3,224,224"
)
EXTENSION_ABSENT = (
    f"mindconverter: this kernel's frontend closed the request channel without answering: {EXTENSION_NEEDED}. "
    "(The request was sent anyway, in case the page has been reloaded with the extension.)"
)


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(f"{self.prog}: {message}\n{self.format_usage().strip()}")


def _model_parser():
    usage = "%(prog)s MODEL --shape 1,3,224,224 [--shape ...] [--dtype float32 ...] [--opset 13]"
    parser = _Parser(prog="%mindconverter", usage=usage, add_help=False)
    parser.add_argument("model", help="dotted name of a torch.nn.Module in the kernel, e.g. net or model.backbone")
    parser.add_argument("--shape", action="append", required=True, help="input shape, e.g. 1,3,224,224; once per input")
    parser.add_argument("--dtype", action="append", choices=DTYPES,
                        help="input dtype (default float32); once per input")
    parser.add_argument("--opset", type=int, help="ONNX opset (default 13)")
    return parser


def _source_parser():
    parser = _Parser(prog="%%mindconverter", add_help=False)
    parser.add_argument("--target", choices=("classic", "mint"), help="MindSpore API style of the output")
    return parser


def _split(line, prog):
    try:
        return shlex.split(line)
    except ValueError as error:
        raise UsageError(f"{prog}: {error}") from None


@magics_class
class MindConverterMagics(Magics):
    @line_magic
    def mindconverter(self, line):
        """%mindconverter MODEL --shape 1,3,224,224 [--shape ...] [--dtype float32 ...] [--opset 13]"""
        words = _split(line, "%mindconverter")
        try:
            if words and not words[0].startswith("-"):
                validate_name(words[0])  # before argparse, so `net; import os` is refused as a name
            options = _model_parser().parse_args(words)
            validate_name(options.model)
            shapes = [parse_shape_text(text) for text in options.shape]
            dtypes = validate_dtypes(options.dtype, len(shapes))
            opset = validate_opset(options.opset)
            if current_kernel() is not None:
                get_model(options.model, self.shell.user_ns)
        except ShimError as error:
            raise UsageError(f"%mindconverter: {error.message}") from None
        shown = " and ".join("x".join(map(str, shape)) for shape in shapes)
        self._send(
            f"asked the JupyterLab extension to convert {options.model} (input {shown})",
            "convert_model", name=options.model, shapes=shapes, dtypes=dtypes, opset=opset,
        )

    @cell_magic("mindconverter")
    def mindconverter_cell(self, line, cell):
        """%%mindconverter [--target classic|mint]: convert this cell's PyTorch source (it is not run)."""
        options = _source_parser().parse_args(_split(line, "%%mindconverter"))
        fields = {"source": cell}
        if options.target:
            fields["target"] = options.target
        self._send("asked the JupyterLab extension to convert this cell's source", "convert_source", **fields)

    def _send(self, what, action, **fields):
        if current_kernel() is None:
            print(NO_KERNEL)
            return
        status = link.status
        link.send(action, **fields)
        if status == ABSENT:
            print(EXTENSION_ABSENT)
            return
        note = "" if status == PRESENT else f" If none appears, {EXTENSION_NEEDED}."
        print(f"mindconverter: {what}; the MindSpore cell will be inserted below this cell.{note}")


def load(shell):
    shell.register_magics(MindConverterMagics)
    if current_kernel() is None:
        print(NO_KERNEL.replace("mindconverter: ", "mindconverter: magics loaded, but ", 1))
        return
    link.hello()
