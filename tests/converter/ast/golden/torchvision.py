import torch
import torchvision.datasets as dset
import torchvision.transforms as transforms
import torchvision.utils as vutils
from torchvision import models

transform = transforms.Compose([
    transforms.Resize(64),
    transforms.CenterCrop(64),
    transforms.RandomHorizontalFlip(p=0.25),
    transforms.ToTensor(),
    transforms.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
])
dataset = dset.CIFAR10(root='data', download=True, transform=transform)
crop = transforms.RandomResizedCrop(224, interpolation=transforms.InterpolationMode.BICUBIC)
net = models.resnet18()
vutils.save_image(torch.zeros(4, 3, 8, 8), 'samples.png', normalize=True)
