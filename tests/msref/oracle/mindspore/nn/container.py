"""msref (test instrument, NOT MindSpore): SequentialCell, CellList and CellDict.

Children are keyed "0", "1", ... (or by an OrderedDict's keys); each child's parameters are renamed
with ``update_parameters_name(key + '.')`` on insertion, as MindSpore's containers do.
"""
from collections import OrderedDict

from .cell import Cell


def _existing_prefix(cells):
    """The name prefix the container's parameters already carry (set when it was adopted)."""
    for key, cell in cells.items():
        for name, param in cell.parameters_and_names():
            full = param.name
            suffix = f"{key}.{name}"
            if full.endswith(suffix):
                return full[: len(full) - len(suffix)]
            return ""
    return ""


class SequentialCell(Cell):
    """msref stand-in for ``mindspore.nn.SequentialCell`` (not MindSpore)."""

    def __init__(self, *args):
        super().__init__()
        if len(args) == 1 and isinstance(args[0], (OrderedDict, dict)):
            items = list(args[0].items())
        elif len(args) == 1 and isinstance(args[0], list):
            items = [(str(i), cell) for i, cell in enumerate(args[0])]
        else:
            items = [(str(i), cell) for i, cell in enumerate(args)]
        for key, cell in items:
            if not isinstance(cell, Cell):
                raise TypeError(f"For 'SequentialCell', each cell must be subclass of Cell, but got "
                                f"{type(cell).__name__}.")
            self.insert_child_to_cell(key, cell)
            cell.update_parameters_name(key + ".")

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.__class__(OrderedDict(list(self._cells.items())[index]))
        return list(self._cells.values())[index]

    def __setitem__(self, index, cell):
        key = list(self._cells.keys())[index]
        prefix = _existing_prefix(self._cells)
        self._cells[key] = cell
        cell.update_parameters_name(prefix + key + ".")

    def __delitem__(self, index):
        keys = list(self._cells.keys())
        for key in (keys[index] if isinstance(index, slice) else [keys[index]]):
            del self._cells[key]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        prefix = _existing_prefix(self._cells)
        key = str(len(self))
        if self._auto_prefix:
            cell.update_parameters_name(prefix + key + ".")
        self._cells[key] = cell
        return self

    def construct(self, input_data):
        for cell in self._cells.values():
            input_data = cell(input_data)
        return input_data


class CellList(Cell):
    """msref stand-in for ``mindspore.nn.CellList`` (not MindSpore)."""

    def __init__(self, *args, **kwargs):
        super().__init__(kwargs.get("auto_prefix", True))
        if args:
            self.extend(args[0])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.__class__(list(self._cells.values())[index])
        return list(self._cells.values())[index]

    def __setitem__(self, index, cell):
        index = index % len(self)
        if self._auto_prefix:
            cell.update_parameters_name(_existing_prefix(self._cells) + str(index) + ".")
        self._cells[str(index)] = cell

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def __iadd__(self, cells):
        self.extend(cells)
        return self

    def append(self, cell):
        if self._auto_prefix:
            cell.update_parameters_name(_existing_prefix(self._cells) + str(len(self)) + ".")
        self._cells[str(len(self))] = cell
        return self

    def extend(self, cells):
        for cell in cells:
            if not isinstance(cell, Cell):
                raise TypeError(f"For 'CellList', each cell must be subclass of Cell, but got {type(cell).__name__}.")
            self.append(cell)
        return self

    def insert(self, index, cell):
        cells = list(self._cells.values())
        cells.insert(index, cell)
        prefix = _existing_prefix(self._cells)
        self._cells.clear()
        for i, item in enumerate(cells):
            if self._auto_prefix:
                item.update_parameters_name(prefix + str(i) + ".")
            self._cells[str(i)] = item

    def construct(self, *inputs):
        raise NotImplementedError("CellList has no construct.")


class CellDict(Cell):
    """msref stand-in for ``mindspore.nn.CellDict`` (not MindSpore)."""

    def __init__(self, *args, **kwargs):
        super().__init__(kwargs.pop("auto_prefix", True))
        if args:
            self.update(args[0])

    def __getitem__(self, key):
        return self._cells[key]

    def __setitem__(self, key, cell):
        if self._auto_prefix:
            cell.update_parameters_name(key + ".")
        self.insert_child_to_cell(key, cell)

    def __delitem__(self, key):
        del self._cells[key]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells)

    def __contains__(self, key):
        return key in self._cells

    def keys(self):
        return self._cells.keys()

    def values(self):
        return self._cells.values()

    def items(self):
        return self._cells.items()

    def pop(self, key):
        return self._cells.pop(key)

    def clear(self):
        self._cells.clear()

    def update(self, cells):
        pairs = cells.items() if isinstance(cells, dict) else cells
        for key, cell in pairs:
            self[key] = cell

    def construct(self, *inputs):
        raise NotImplementedError("CellDict has no construct.")
