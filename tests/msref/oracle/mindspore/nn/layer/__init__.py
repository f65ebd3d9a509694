"""msref (test instrument, NOT MindSpore): mindspore.nn layers."""
