#!/usr/bin/python3
"""Timings of the kernel-side exporter: in-process export, the comm round trip in a real kernel,
and the .pth command line. Run: /usr/bin/python3 bench/shim_export.py [--repeat N]"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "python_shim"), os.path.join(ROOT, "python_shim", "tests")]

import torch  # noqa: E402
import torchvision  # noqa: E402

from conftest import shim_env  # noqa: E402
from kernel_session import KernelSession  # noqa: E402
from mindconverter_shim import export  # noqa: E402

MODELS = {
    "resnet18": ("torchvision.models.resnet18()", [1, 3, 224, 224]),
    "mobilenet_v2": ("torchvision.models.mobilenet_v2()", [1, 3, 224, 224]),
    "resnet50": ("torchvision.models.resnet50()", [1, 3, 224, 224]),
}


def best(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def in_process(repeat):
    print("in-process export() (best of %d)" % repeat)
    for name, (expression, shape) in MODELS.items():
        model = eval(expression, {"torchvision": torchvision})   # bench's own fixed expressions
        seconds, result = best(lambda: export(model, [shape]), repeat)
        tree = json.dumps(result.module_tree)
        print(f"  {name:13s} {seconds:6.2f} s  onnx {len(result.onnx_bytes) / 1e6:6.1f} MB  "
              f"tree {len(tree) / 1e3:6.1f} kB  {len(result.module_tree['modules'])} modules")


def over_comm(repeat):
    print("comm round trip in a real ipykernel: request -> reply with the ONNX buffer (best of %d)" % repeat)
    kernel = KernelSession()
    try:
        kernel.run("import mindconverter_shim, torchvision\n" + "\n".join(
            f"{name} = {expression}" for name, (expression, _) in MODELS.items()))
        comm = kernel.open_comm("mindconverter")
        seconds, _ = best(lambda: kernel.request(comm, "ping"), repeat)
        print(f"  ping          {seconds * 1000:6.1f} ms")
        for name, (_, shape) in MODELS.items():
            seconds, (reply, buffers) = best(lambda: kernel.request(comm, "export", name=name, shapes=[shape]), repeat)
            assert reply["ok"], reply
            print(f"  {name:13s} {seconds:6.2f} s  buffer {len(buffers[0]) / 1e6:6.1f} MB")
    finally:
        kernel.close()


def command_line(repeat):
    print("python3 -m mindconverter_shim export, whole-module .pth (process start + torch import included; best of %d)"
          % repeat)
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "resnet18.pth")
        torch.save(torchvision.models.resnet18(), path)
        command = [sys.executable, "-m", "mindconverter_shim", "export", "--model_file", path, "--shape", "1,3,224,224",
                   "--output", os.path.join(directory, "resnet18.onnx")]
        seconds, _ = best(lambda: subprocess.run(command, check=True, capture_output=True, env=shim_env()), repeat)
        print(f"  resnet18      {seconds:6.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    print(f"torch {torch.__version__}, {os.cpu_count()} cores")
    in_process(options.repeat)
    over_comm(options.repeat)
    command_line(options.repeat)


if __name__ == "__main__":
    main()
