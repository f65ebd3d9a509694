"""msref (test instrument, NOT MindSpore): nn.Embedding (parameter ``embedding_table``) and mint's Embedding."""
import torch.nn.functional as TF

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import Normal, initializer
from ...common.parameter import Parameter
from ..cell import Cell


class Embedding(Cell):
    """msref: ``mindspore.nn.Embedding(vocab_size, embedding_size, ...)``; weight attribute embedding_table."""

    def __init__(self, vocab_size, embedding_size, use_one_hot=False, embedding_table="normal", dtype=mstype.int32,
                 padding_idx=None):
        super().__init__()
        self.vocab_size, self.embedding_size, self.use_one_hot = vocab_size, embedding_size, use_one_hot
        self.dtype, self.padding_idx = dtype, padding_idx
        init = Normal(1.0) if embedding_table == "normal" else embedding_table
        table = initializer(init, [vocab_size, embedding_size])
        if padding_idx is not None:
            table._t[padding_idx] = 0
        self.embedding_table = Parameter(table, name="embedding_table")

    def construct(self, ids):
        return op(lambda i, w: TF.embedding(i.long(), w))(ids, self.embedding_table)

    def extend_repr(self):
        return (f"vocab_size={self.vocab_size}, embedding_size={self.embedding_size}, use_one_hot={self.use_one_hot}, "
                f"embedding_table={self.embedding_table}, dtype={self.dtype}, padding_idx={self.padding_idx}")


class EmbeddingExt(Cell):
    """msref: ``mindspore.mint.nn.Embedding`` (torch-style; parameter ``weight``)."""

    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                 scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, dtype=None):
        super().__init__()
        self.num_embeddings, self.embedding_dim = num_embeddings, embedding_dim
        self.padding_idx, self.max_norm, self.norm_type = padding_idx, max_norm, norm_type
        table = _weight if _weight is not None else initializer(Normal(1.0), [num_embeddings, embedding_dim],
                                                                   dtype or mstype.float32)
        if padding_idx is not None and _weight is None:
            table._t[padding_idx] = 0
        self.weight = Parameter(table, name="weight", requires_grad=not _freeze)

    def construct(self, input):
        return op(lambda i, w: TF.embedding(i.long(), w, self.padding_idx, self.max_norm, self.norm_type))(
            input, self.weight)
