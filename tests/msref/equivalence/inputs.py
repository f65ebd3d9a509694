"""The input variants equivalence cases run on: the same numpy arrays become torch and msref tensors.

A case generated automatically uses the first variant on which the torch call succeeds.
"""
import numpy as np

_RNG_SEED = 20240611


def _uniform(shape, low=0.1, high=0.9, seed=0):
    return np.random.default_rng(_RNG_SEED + seed).uniform(low, high, shape).astype(np.float32)


def _spd(n, seed=0):
    a = _uniform((n, n), -1, 1, seed)
    return (a @ a.T + n * np.eye(n)).astype(np.float32)


def variants():
    """[(name, {input name: numpy array})], tried in order."""
    return [
        ("float 2x3x4", {"x": _uniform((2, 3, 4)), "y": _uniform((2, 3, 4), seed=1), "v": _uniform((4,), seed=2)}),
        ("square 3x3", {"x": _spd(3), "y": _spd(3, seed=1), "v": _uniform((3,), seed=2)}),
        ("vector 5", {"x": _uniform((5,)), "y": _uniform((5,), seed=1), "v": _uniform((5,), seed=2)}),
        ("image 2x3x8x8", {"x": _uniform((2, 3, 8, 8)), "y": _uniform((2, 3, 8, 8), seed=1), "v": _uniform((8,), seed=2)}),
        ("sequence 2x3x8", {"x": _uniform((2, 3, 8)), "y": _uniform((2, 3, 8), seed=1), "v": _uniform((8,), seed=2)}),
        ("matrix 2x4", {"x": _uniform((2, 4)), "y": _uniform((2, 4), seed=1), "v": _uniform((4,), seed=2)}),
        ("batch 2x3x3", {"x": _uniform((2, 3, 3)), "y": _uniform((2, 3, 3), seed=1), "v": _uniform((3,), seed=2)}),
        ("volume 2x3x4x6x6", {"x": _uniform((2, 3, 4, 6, 6)), "y": _uniform((2, 3, 4, 6, 6), seed=1),
                              "v": _uniform((6,), seed=2)}),
        ("signed 2x3x4", {"x": _uniform((2, 3, 4), -2, 2), "y": _uniform((2, 3, 4), -2, 2, seed=1),
                          "v": _uniform((4,), -2, 2, seed=2)}),
        ("int 2x3x4", {"x": np.random.default_rng(_RNG_SEED).integers(0, 5, (2, 3, 4)).astype(np.int64),
                       "y": np.random.default_rng(_RNG_SEED + 1).integers(1, 5, (2, 3, 4)).astype(np.int64),
                       "v": np.arange(4, dtype=np.int64)}),
        ("bool 2x3x4", {"x": np.random.default_rng(_RNG_SEED).integers(0, 2, (2, 3, 4)).astype(bool),
                        "y": np.random.default_rng(_RNG_SEED + 1).integers(0, 2, (2, 3, 4)).astype(bool),
                        "v": np.array([True, False, True, False])}),
    ]


def named(arrays):
    return {name: np.array(value, copy=True) for name, value in arrays.items()}
