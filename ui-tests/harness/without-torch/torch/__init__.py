# Put first on a test kernel's PYTHONPATH, this makes `import torch` fail the way it fails where
# PyTorch is not installed, so that the "torch missing" path runs in a real kernel.
raise ImportError("No module named 'torch'")
