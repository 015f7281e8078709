"""The PyTensor backend: the real PyTensor runs ``import pytensor`` scripts (see ``adapter``)."""
