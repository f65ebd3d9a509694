import torchvision.datasets as dset
import torchvision.transforms
from mindspore.dataset import transforms
import torchvision.utils as vutils
from torchvision import models
from mindspore.dataset import vision
from mindspore import ops

transform = transforms.Compose([
    vision.Resize(64),
    vision.CenterCrop(64),
    vision.RandomHorizontalFlip(prob=0.25),
    vision.ToTensor(),
    vision.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5), is_hwc=False),
])
dataset = dset.CIFAR10(root='data', download=True, transform=transform)
crop = torchvision.transforms.RandomResizedCrop(224, interpolation=torchvision.transforms.InterpolationMode.BICUBIC)
net = models.resnet18()
vutils.save_image(ops.zeros((4, 3, 8, 8)), 'samples.png', normalize=True)
