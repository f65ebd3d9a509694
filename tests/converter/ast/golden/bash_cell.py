%%bash
import torch
echo torch.ones
