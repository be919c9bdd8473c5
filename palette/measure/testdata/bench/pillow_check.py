#!/usr/bin/python3
"""What a team checking brand images with Pillow scripts: decode every image
under the given folders and count its pixels by nearest palette colour
(Image.quantize onto the palette, no dithering, then a histogram), with N
worker processes. The baseline that `hueprint check --jobs N` is compared
with by bench.sh.

usage: pillow_check.py JOBS PALETTE_HEX[,HEX...] FOLDER...
"""
import os
import sys
import time
from multiprocessing import Pool

from PIL import Image

EXTS = {'.png', '.jpg', '.jpeg', '.webp'}


def palette_image(hexes):
    flat = []
    for h in hexes:
        h = h.lstrip('#')
        flat += [int(h[i:i + 2], 16) for i in (0, 2, 4)]
    flat += flat[:3] * (256 - len(hexes))
    p = Image.new('P', (1, 1))
    p.putpalette(flat)
    return p


def check(args):
    path, hexes = args
    with Image.open(path) as im:
        im = im.convert('RGB')  # decodes
        q = im.quantize(palette=palette_image(hexes), dither=Image.Dither.NONE)
        counts = q.histogram()[:len(hexes)]
        total = im.width * im.height
        return path, [c / total for c in counts]


def main():
    jobs, hexes, folders = int(sys.argv[1]), sys.argv[2].split(','), sys.argv[3:]
    files = sorted(os.path.join(d, f) for top in folders for d, _, fs in os.walk(top)
                   for f in fs if os.path.splitext(f)[1].lower() in EXTS)
    start = time.perf_counter()
    with Pool(jobs) as pool:
        n = sum(1 for _ in pool.imap(check, [(f, hexes) for f in files], chunksize=1))
    print(f'pillow: {n} images in {time.perf_counter() - start:.2f} s with {jobs} processes', file=sys.stderr)


if __name__ == '__main__':
    main()
