#!/usr/bin/env bash
# Regenerates the JPEG fixtures of the differential tests with libjpeg-turbo's
# cjpeg (Debian: apt-get install libjpeg-turbo-progs python3-pil):
# every chroma subsampling, greyscale, baseline and progressive, restart
# intervals, odd sizes, and a few files the fast decoder must hand over to
# image/jpeg (arithmetic coding, RGB, 16-bit quantization tables).
set -euo pipefail
cd "$(dirname "$0")"
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
/usr/bin/python3 - "$src" <<'PY'
import random, sys
from PIL import Image, ImageDraw
random.seed(1)
for (w, h) in [(1, 1), (7, 5), (17, 9), (33, 31), (100, 75), (251, 67)]:
    im = Image.new('RGB', (w, h), (29, 78, 216))
    px = im.load()
    for y in range(h):
        for x in range(w):
            if x > w // 3:
                if y < h // 2:
                    px[x, y] = (x * 255 // w, y * 255 // h, 128)
                else:
                    px[x, y] = (random.randrange(256), random.randrange(256), random.randrange(256))
    ImageDraw.Draw(im).ellipse((w // 4, h // 4, 3 * w // 4, 3 * h // 4), fill=(245, 158, 11))
    im.save(f'{sys.argv[1]}/{w}x{h}.ppm')
PY
rm -f ./*.jpg
for f in "$src"/*.ppm; do
	n=$(basename "$f" .ppm)
	for s in 1x1 2x1 2x2 1x2 4x1 4x2; do
		cjpeg -quality 85 -sample "$s" "$f" > "$n-$s.jpg"
		cjpeg -quality 60 -sample "$s" -progressive "$f" > "$n-$s-prog.jpg"
	done
	cjpeg -quality 92 -grayscale "$f" > "$n-gray.jpg"
	cjpeg -quality 92 -grayscale -progressive "$f" > "$n-gray-prog.jpg"
	cjpeg -quality 75 -restart 1 "$f" > "$n-rst1row.jpg"
	cjpeg -quality 75 -restart 3B -progressive -sample 1x1 "$f" > "$n-rst3b-prog-444.jpg"
	# image/jpeg miscounts restart intervals in subsampled non-interleaved
	# scans and refuses these: the fast decoder must refuse them too.
	cjpeg -quality 75 -restart 3B -progressive "$f" > "$n-rst3b-prog.jpg"
	cjpeg -quality 75 -restart 1B -sample 1x1 "$f" > "$n-rst1b-444.jpg"
	cjpeg -quality 100 -optimize "$f" > "$n-q100-opt.jpg"
	cjpeg -quality 5 "$f" > "$n-q5.jpg"
done
f="$src/100x75.ppm"
cjpeg -arithmetic "$f" > fallback-arithmetic.jpg
cjpeg -rgb "$f" > fallback-rgb.jpg
