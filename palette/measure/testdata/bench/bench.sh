#!/usr/bin/env bash
# Times `hueprint check` (measuring while decoding; then with JPEG scaled
# down by 2, --resolution 1/2, an estimate; then --full-decode, the older
# path) against Pillow's decode + quantize-and-count
# on the same folders with the same number of workers, best of 3 runs each,
# with the peak resident memory of the largest process (GNU time's %M).
#
#   palette/measure/testdata/bench/bench.sh [-j JOBS] FOLDER...
#
# The corpus (Debian's wallpapers and photos) and Pillow: see README.md
# beside this script.
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
# "$@", and the largest peak RSS in MB: on a shared machine CPU time is the
# steadier figure.
best() {
	local bw=1e9 bc=1e9 bm=0 t
	t=$(mktemp)
	for _ in 1 2 3; do
		/usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >/dev/null 2>&1 || true
		read -r w u s m < <(tail -1 "$t")
		bw=$(awk -v a="$bw" -v b="$w" 'BEGIN{print (b<a)?b:a}')
		bc=$(awk -v a="$bc" -v b="$u" -v c="$s" 'BEGIN{print (b+c<a)?b+c:a}')
		bm=$(awk -v a="$bm" -v b="$m" 'BEGIN{print (b/1024>a)?b/1024:a}')
	done
	rm -f "$t"
	echo "$bw $bc $bm"
}
check=("$bin/hueprint" check --palette "$palette" --jobs "$jobs" --format json)
read -r nw nc nm < <(best "${check[@]}" "$@")
read -r fw fc fm < <(best "${check[@]}" --resolution 1/2 "$@")
read -r ow oc om < <(best "${check[@]}" --full-decode "$@")
read -r pw pc pm < <(best /usr/bin/python3 "$here/pillow_check.py" "$jobs" "$hexes" "$@")
printf '%-34s %8s %8s %12s\n' "jobs $jobs" "wall s" "CPU s" "peak RSS MB"
printf '%-34s %8.2f %8.2f %12.0f\n' "hueprint check" "$nw" "$nc" "$nm" \
	"hueprint check --resolution 1/2" "$fw" "$fc" "$fm" \
	"hueprint check --full-decode" "$ow" "$oc" "$om" \
	"Pillow quantize + count" "$pw" "$pc" "$pm"
printf 'check vs Pillow: %.2fx by wall time, %.2fx by CPU time\n' "$(awk -v a="$pw" -v b="$nw" 'BEGIN{print a/b}')" "$(awk -v a="$pc" -v b="$nc" 'BEGIN{print a/b}')"
