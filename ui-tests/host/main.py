"""The JupyterLab host of this repository: Debian's jupyter_server (1.x or 2.x)
serving the module-federation core built in build/ and this repository's
prebuilt labextension, exactly as a real JupyterLab loads a prebuilt extension.

Run with /usr/bin/python3 (Debian's jupyter packages); any ServerApp option can
be passed through, e.g.:

    /usr/bin/python3 ui-tests/host/main.py --ServerApp.port=8888 --ServerApp.root_dir=examples

The kernels it starts are Debian's python3 with the repository's python_shim/
on PYTHONPATH (a user gets the shim from the wheel instead).
"""
import atexit
import json
import os
import shutil
import signal
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(HERE, "build")
LABEXTENSION = os.path.join(REPO, "jupyterlab_mindconverter", "labextension")

# Configuration files of the machine must not change what the tests see.
os.environ["JUPYTER_NO_CONFIG"] = "1"


def _kernelspec_dir():
    """A python3 kernelspec of our own that puts python_shim/ on PYTHONPATH;
    JUPYTER_PATH comes first in the kernelspec search, so it shadows the system one."""
    root = tempfile.mkdtemp(prefix="mindconverter-host-kernels-")
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    spec_dir = os.path.join(root, "kernels", "python3")
    os.makedirs(spec_dir)
    python_path = os.pathsep.join(
        p for p in [os.path.join(REPO, "python_shim"), os.environ.get("PYTHONPATH", "")] if p
    )
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "env": {"PYTHONPATH": python_path},
    }
    with open(os.path.join(spec_dir, "kernel.json"), "w") as f:
        json.dump(spec, f)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in [root, os.environ.get("JUPYTER_PATH", "")] if p
    )
    return root


def _labextensions_dir():
    """labextensions_path wants <dir>/<package name>/package.json."""
    target = os.path.join(BUILD, "labextensions")
    os.makedirs(target, exist_ok=True)
    link = os.path.join(target, "jupyterlab-mindconverter")
    if not os.path.islink(link):
        os.symlink(LABEXTENSION, link)
    if not os.path.exists(os.path.join(LABEXTENSION, "package.json")):
        sys.exit("mindconverter host: the labextension is not built (run `make labextension`)")
    return target


if not os.path.exists(os.path.join(BUILD, "static", "bundle.js")):
    sys.exit("mindconverter host: the JupyterLab core is not built (run `make host`)")
KERNELS = _kernelspec_dir()
LABEXTENSIONS = _labextensions_dir()

import jupyter_server  # noqa: E402  (after JUPYTER_PATH is set)
from jupyter_server.base.handlers import JupyterHandler  # noqa: E402
from jupyter_server.serverapp import ServerApp  # noqa: E402
from jupyterlab_server import LabServerApp  # noqa: E402
from tornado import web, websocket  # noqa: E402
from traitlets import Unicode  # noqa: E402

SERVER_1 = int(jupyter_server.__version__.split(".")[0]) < 2


class MeShimHandler(JupyterHandler):
    """jupyter_server 1.x has no /api/me; JupyterLab 4 asks for it on start."""

    @web.authenticated
    def get(self):
        self.finish(json.dumps({
            "identity": {"username": "user", "name": "user", "display_name": "user",
                         "initials": "U", "avatar_url": None, "color": None},
            "permissions": {},
        }))


class EventsShimHandler(websocket.WebSocketHandler):
    """jupyter_server 1.x has no event bus; accept the socket and stay silent."""

    def open(self, *args, **kwargs):
        pass

    def on_message(self, message):
        pass


_server_init_signal = ServerApp.init_signal


def _init_signal_stop_on_first_interrupt(self):
    """One Ctrl-C stops the host and its kernels: jupyter_server only asks for a
    confirmation when stdin is a terminal, and ignores SIGINT otherwise."""
    _server_init_signal(self)
    signal.signal(signal.SIGINT, self._signal_stop)


ServerApp.init_signal = _init_signal_stop_on_first_interrupt


class MindConverterHost(LabServerApp):
    name = "lab"
    load_other_extensions = False
    app_name = "JupyterLab (mindconverter host)"
    app_version = "4.6.4"
    static_dir = os.path.join(BUILD, "static")
    schemas_dir = os.path.join(BUILD, "schemas")
    themes_dir = os.path.join(BUILD, "themes")
    templates_dir = os.path.join(HERE, "templates")
    app_settings_dir = os.path.join(BUILD, "app_settings")
    labextensions_path = [LABEXTENSIONS]
    user_settings_dir = Unicode(os.path.join(BUILD, "user_settings")).tag(config=True)
    workspaces_dir = Unicode(os.path.join(BUILD, "workspaces")).tag(config=True)

    def initialize_handlers(self):
        if SERVER_1:
            self.handlers.append(("/api/me", MeShimHandler))
            self.handlers.append(("/api/events/subscribe", EventsShimHandler))
        super().initialize_handlers()


def _jupyter_server_extension_points():
    # launch_instance finds the app through this module's extension points.
    return [{"module": __name__, "app": MindConverterHost}]


if __name__ == "__main__":
    MindConverterHost.launch_instance()
