#!/usr/bin/env bash
# `make demo`: the JupyterLab host on 127.0.0.1 with the example notebooks (copied to build/demo,
# so conversions never write into examples/). Ctrl-C stops the server and its kernels at once.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$repo/build/demo"
mkdir -p "$work"
for notebook in "$repo"/examples/*.ipynb; do
  [ -e "$work/$(basename "$notebook")" ] || cp "$notebook" "$work/"
done
port="${PORT:-8888}"
token="$(/usr/bin/python3 -c 'import secrets; print(secrets.token_hex(16))')"
cat <<BANNER

  MindConverter demo (JupyterLab 4 + Debian jupyter_server + a PyTorch kernel)
  Open:  http://127.0.0.1:${port}/lab/tree/convert-cells.ipynb?token=${token}
         (live models: live-model.ipynb)   Notebooks in: ${work}
  Stop:  Ctrl-C

BANNER
# JUPYTER_TOKEN works with jupyter_server 1.x and 2.x (where ServerApp.token is deprecated).
JUPYTER_TOKEN="$token" exec /usr/bin/python3 "$repo/ui-tests/host/main.py" --allow-root \
  --ServerApp.ip=127.0.0.1 --ServerApp.port="$port" --ServerApp.port_retries=0 \
  --ServerApp.open_browser=False --ServerApp.answer_yes=True \
  --ServerApp.root_dir="$work"
