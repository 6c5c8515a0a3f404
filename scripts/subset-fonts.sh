#!/usr/bin/env bash
# Regenerates the fonts embedded in the PDF forms (src/Infrastructure/Documents/Fonts) from Debian's DejaVu Sans.
# Skia's PDF backend in SkiaSharp embeds every font whole (no subsetting), so we ship a subset: Latin with all of
# Vietnamese, Greek, Cyrillic, punctuation, currency (₫), arrows and check boxes. That keeps a one-page form near
# 150 KB instead of 760 KB. Hinting is dropped (unused in print); names and licence strings are kept.
# Needs the Debian packages fonts-dejavu-core and fonttools (installed when missing). Not run by the build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib.sh"

SOURCE=/usr/share/fonts/truetype/dejavu
TARGET="$ROOT/src/Infrastructure/Documents/Fonts"
RANGES="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25A0-25FF,U+2610-2612,U+FFFD"

[ -f "$SOURCE/DejaVuSans.ttf" ] && [ -x /usr/bin/pyftsubset ] || apt_install fonts-dejavu-core fonttools

for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/pyftsubset "$SOURCE/$face.ttf" --unicodes="$RANGES" --layout-features='*' --no-hinting \
    --name-IDs='*' --name-languages='*' --output-file="$TARGET/$face-Subset.ttf" 2>/dev/null
done
cp /usr/share/doc/fonts-dejavu-core/copyright "$TARGET/LICENSE-DejaVu.txt"
log "Fonts written to $TARGET (from fonts-dejavu-core $(dpkg-query -W -f='${Version}' fonts-dejavu-core))"
