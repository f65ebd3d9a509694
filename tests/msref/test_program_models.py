"""Model equivalence, AST mode, on the model classes of tests/fixtures/programs (PyTorch programs
written for the tests): each file converted by the real converter, its classes built from the
converted definitions, the torch weights copied in, run on msref; outputs must agree in both
targets (the corpus models' test, test_model_equivalence.py, on code the corpus lacks)."""
import os
import warnings

import pytest

from conftest import REPO_DIR
from equivalence.models import compare_model, convert_file

PROGRAMS = os.path.join(REPO_DIR, "tests", "fixtures", "programs")

# (file, constructor, input shape): classes whose forward takes one float input.
CASES = [
    ("vision_unet_segmentation.py", "UNet(3, 1, bilinear=True)", [1, 3, 32, 32]),
    ("vision_unet_segmentation.py", "UNet(3, 2, bilinear=False)", [1, 3, 32, 32]),
    ("vision_resnet_classifier.py", "ResNet()", [2, 3, 32, 32]),
    ("vision_vae_mnist.py", "VAE(8)", [2, 1, 28, 28]),
    ("vision_dcgan.py", "Generator()", [2, 64, 1, 1]),
    ("vision_dcgan.py", "Discriminator()", [2, 3, 32, 32]),
    ("vision_detection_head.py", "DetectionHead(16, 3)", [1, 16, 8, 8]),
    ("vision_training_loop.py", "SmallCNN()", [2, 3, 32, 32]),
    ("vision_vit_amp.py", "VisionTransformer(depth=2)", [2, 3, 32, 32]),
]
# (file, constructor, input shape): classes whose forward takes one int64 tensor of token ids (0-9).
TOKEN_CASES = [
    ("nlp_transformer_classifier.py", "TextClassifier(50, 4)", [2, 12]),
    ("nlp_mini_gpt.py", "GPT(20, block_size=16, n_layer=2, n_head=2, n_embd=32)", [2, 10]),
]
MODELS = [(*case, "float32") for case in CASES] + [(*case, "int64") for case in TOKEN_CASES]


@pytest.fixture(scope="module")
def converted():
    if not os.path.exists(os.path.join(REPO_DIR, "lib", "converter", "index.js")):
        pytest.skip("lib/ is not built: run `npm run build` (make test-msref does) to convert with the real core")
    out = {}
    for name in sorted({case[0] for case in MODELS}):
        with open(os.path.join(PROGRAMS, name), encoding="utf-8") as handle:
            source = handle.read()
        out[name] = (source, {target: convert_file(source, REPO_DIR, target)["code"] for target in ("classic", "mint")})
    return out


@pytest.mark.parametrize("target", ["classic", "mint"])
@pytest.mark.parametrize("name,constructor,shape,dtype", MODELS, ids=[f"{c[0][:-3]}:{c[1]}" for c in MODELS])
def test_program_model_computes_what_the_torch_model_computes(converted, name, constructor, shape, dtype, target):
    source, codes = converted[name]
    case = {"name": f"{name}:{constructor}", "constructor": constructor, "globals": {}, "input_shape": shape,
            "input_dtype": dtype, "package": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = compare_model(case, source, codes[target], rtol=1e-4, atol=1e-5)
    assert result["status"] == "equivalent", result
