#!/usr/bin/env bash
# Times `hueprint check` (measuring while decoding, then --full-decode, the
# older path) against Pillow's decode + quantize-and-count on the same
# folders with the same number of workers, best of 3 runs each.
#
#   palette/measure/testdata/bench/bench.sh [-j JOBS] FOLDER...
#
# A corpus of real wallpapers and photos from Debian (not installed, not
# committed):
#   mkdir -p /tmp/debs && cd /tmp/debs && apt-get download gnome-backgrounds \
#     mate-backgrounds ukui-wallpapers lomiri-wallpapers lomiri-wallpapers-20.04 \
#     plasma-workspace-wallpapers && for f in *.deb; do dpkg-deb -x "$f" /tmp/corpus; done
# Pillow: apt-get install -y python3-pil (Debian's /usr/bin/python3).
set -euo pipefail
jobs=2
if [ "${1:-}" = "-j" ]; then jobs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-j JOBS] FOLDER..." >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
(cd "$root" && go build -o "$bin/hueprint" ./cmd/hueprint)
palette="$root/cmd/hueprint/testdata/brand.json"
hexes=$(grep -o '#[0-9a-fA-F]\{6\}' "$palette" | paste -sd, -)
# best wall and CPU (user+sys, children included) seconds of 3 runs of
# "$@": on a shared machine CPU time is the steadier figure.
best() {
	local bw=1e9 bc=1e9 t
	t=$(mktemp)
	for _ in 1 2 3; do
		/usr/bin/time -f '%e %U %S' -o "$t" "$@" >/dev/null 2>&1 || true
		read -r w u s < <(tail -1 "$t")
		bw=$(awk -v a="$bw" -v b="$w" 'BEGIN{print (b<a)?b:a}')
		bc=$(awk -v a="$bc" -v b="$u" -v c="$s" 'BEGIN{print (b+c<a)?b+c:a}')
	done
	rm -f "$t"
	echo "$bw $bc"
}
read -r nw nc < <(best "$bin/hueprint" check --palette "$palette" --jobs "$jobs" --format json "$@")
read -r ow oc < <(best "$bin/hueprint" check --palette "$palette" --jobs "$jobs" --format json --full-decode "$@")
read -r pw pc < <(best /usr/bin/python3 "$here/pillow_check.py" "$jobs" "$hexes" "$@")
printf '%-28s %8s %8s\n' "jobs $jobs" "wall s" "CPU s"
printf '%-28s %8.2f %8.2f\n' "hueprint check" "$nw" "$nc" "hueprint check --full-decode" "$ow" "$oc" "Pillow quantize + count" "$pw" "$pc"
printf 'check vs Pillow: %.2fx by wall time, %.2fx by CPU time\n' "$(awk -v a="$pw" -v b="$nw" 'BEGIN{print a/b}')" "$(awk -v a="$pc" -v b="$nc" 'BEGIN{print a/b}')"
