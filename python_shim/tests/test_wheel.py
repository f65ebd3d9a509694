"""The jupyterlab-mindconverter wheel: built by hatchling, installed with pip into a fresh venv."""

import json
import os
import re
import subprocess
import sys
import zipfile

import pytest

from conftest import REPO_ROOT

LABEXTENSION = os.path.join(REPO_ROOT, "jupyterlab_mindconverter", "labextension")
SHARE = "share/jupyter/labextensions/jupyterlab-mindconverter"


def package_json():
    with open(os.path.join(REPO_ROOT, "package.json")) as file:
        return json.load(file)


def test_versions_agree():
    from mindconverter_shim import __version__

    assert __version__ == package_json()["version"]
    assert package_json()["jupyterlab"]["outputDir"] == "jupyterlab_mindconverter/labextension"


def newest_source_mtime():
    """The newest of the files the prebuilt extension is built from (lib/ is tsc's output of src/)."""
    paths = [os.path.join(REPO_ROOT, "package.json")]
    for folder in ("lib", "style", "schema"):
        for root, _, files in os.walk(os.path.join(REPO_ROOT, folder)):
            paths.extend(os.path.join(root, name) for name in files)
    return max(os.path.getmtime(path) for path in paths)


@pytest.fixture(scope="module")
def labextension():
    """The prebuilt extension, built by the Makefile's labextension target (@jupyterlab/builder) unless
    the one there is newer than its sources (`make test` builds it once, before this test)."""
    built = os.path.join(LABEXTENSION, "package.json")
    if not (os.path.isfile(built) and os.path.getmtime(built) >= newest_source_mtime()):
        subprocess.run(["make", "-s", "labextension"], cwd=REPO_ROOT, check=True, stdout=subprocess.DEVNULL,
                       timeout=900)
    assert os.path.isfile(built), "make labextension produced no package.json"
    return LABEXTENSION


@pytest.fixture(scope="module")
def wheel(labextension, tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    # --skip-dependency-check: Debian 12's hatchling declares `editables`, which only editable installs
    # use and which Debian does not ship; the build itself needs only hatchling.
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
                    "--outdir", str(out)], cwd=REPO_ROOT, check=True, capture_output=True, timeout=300)
    [name] = os.listdir(out)
    assert re.fullmatch(r"jupyterlab_mindconverter-[0-9.]+-py3-none-any\.whl", name)
    return out / name


def test_wheel_contents(wheel, labextension):
    version = package_json()["version"]
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        data = f"jupyterlab_mindconverter-{version}.data/data/{SHARE}"
        install = json.loads(archive.read(f"{data}/install.json"))
        assert install["packageName"] == "jupyterlab-mindconverter" and install["packageManager"] == "python"
        ext_package = json.loads(archive.read(f"{data}/package.json"))
        assert ext_package["name"] == "jupyterlab-mindconverter" and ext_package["version"] == version
        assert "_build" in ext_package["jupyterlab"], "not a prebuilt extension (no jupyterlab._build)"
        load = ext_package["jupyterlab"]["_build"]["load"]
        assert f"{data}/{load}" in names
        metadata = archive.read(f"jupyterlab_mindconverter-{version}.dist-info/METADATA").decode()
    assert "Name: jupyterlab-mindconverter" in metadata and f"Version: {version}" in metadata
    for module in ("__init__", "__main__", "comm", "exporter", "magics", "module_tree", "validate"):
        assert f"mindconverter_shim/{module}.py" in names
    built = {os.path.relpath(os.path.join(root, f), labextension).replace(os.sep, "/")
             for root, _, files in os.walk(labextension) for f in files}
    assert {n[len(data) + 1:] for n in names if n.startswith(data + "/")} == built | {"install.json"}
    assert not any("tests/" in n or "__pycache__" in n or n.endswith(".pyc") for n in names)


def test_install_into_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=300)
    python = str(venv / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "JUPYTER_PATH", "JUPYTER_DATA_DIR")}
    subprocess.run([python, "-m", "pip", "install", "--no-index", "--no-deps", "--no-cache-dir", "--quiet",
                    str(wheel)], check=True, env=env, timeout=300)
    share = venv / SHARE
    assert json.loads((share / "install.json").read_text())["packageName"] == "jupyterlab-mindconverter"
    ext_package = json.loads((share / "package.json").read_text())
    assert (share / ext_package["jupyterlab"]["_build"]["load"]).is_file()

    probe = (
        "import json, sys, mindconverter_shim, torch\n"
        "from jupyter_core.paths import jupyter_path\n"
        "from jupyterlab_server.config import get_federated_extensions\n"
        "found = get_federated_extensions(jupyter_path('labextensions'))\n"
        "net = torch.nn.Sequential(torch.nn.Conv2d(3, 2, 3), torch.nn.BatchNorm2d(2))\n"
        "result = mindconverter_shim.export(net, [[1, 3, 8, 8]])\n"
        "print(json.dumps({'file': mindconverter_shim.__file__, 'version': mindconverter_shim.__version__,\n"
        "  'extension': found.get('jupyterlab-mindconverter', {}).get('ext_dir'),\n"
        "  'install': found.get('jupyterlab-mindconverter', {}).get('install'),\n"
        "  'onnx_head': result.onnx_bytes[:2].hex(), 'bn': b'BatchNormalization' in result.onnx_bytes}))\n"
    )
    result = subprocess.run([python, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["file"].startswith(str(venv)), report["file"]      # the installed copy, not the checkout
    assert report["version"] == package_json()["version"]
    assert os.path.realpath(report["extension"]) == os.path.realpath(share.parent)  # found by JupyterLab's discovery
    assert report["install"]["packageName"] == "jupyterlab-mindconverter"
    assert report["onnx_head"] == "0807" and report["bn"]     # ModelProto field 1 (ir_version) = 7
    cli = subprocess.run([python, "-m", "mindconverter_shim", "--version"], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=120)
    assert cli.returncode == 0 and cli.stdout.strip() == f"mindconverter_shim {package_json()['version']}"
