#!/usr/bin/env bash
# Every string the sources mark for translation is in both catalogues, translated: lupdate runs
# on copies of translations/*.ts (the sources stay untouched), which must come out with nothing
# unfinished. Usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/relance_fr.ts" "$src/translations/relance_en.ts" "$tmp/"
mapfile -t sources < <(find "$src/core" "$src/ui" "$src/app" -name '*.cpp' | sort)
"$lupdate" -no-obsolete -locations none "${sources[@]}" -ts "$tmp/relance_fr.ts" "$tmp/relance_en.ts" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log"; exit 1; }
missing=0
for ts in "$tmp"/relance_fr.ts "$tmp"/relance_en.ts; do
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$n" -ne 0 ]; then
        echo "$(basename "$ts"): $n string(s) not translated (run the update_translations target, then translate):"
        grep -B2 'type="unfinished"' "$ts" | sed -n 's/.*<source>\(.*\)<\/source>.*/  \1/p'
        missing=1
    fi
done
[ "$missing" -eq 0 ] && echo "every string is in both catalogues, translated"
exit "$missing"
