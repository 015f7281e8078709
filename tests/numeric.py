"""Numerical helpers the gradient tests share."""
from __future__ import annotations

import numpy as np


def central_difference(cost, x, h=1e-6):
    """d cost / d x by central differences, one element of the array ``x`` at a time."""
    g = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += h
        minus[idx] -= h
        g[idx] = (cost(plus) - cost(minus)) / (2 * h)
    return g
