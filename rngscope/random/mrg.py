"""MRG_RandomStreams (MRG31k3p): placeholder until the graph side is written."""


class MRG_RandomStreams:
    def __init__(self, seed=12345):
        raise NotImplementedError("MRG_RandomStreams is not available yet")
