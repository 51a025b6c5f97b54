#!/bin/sh
# The image's entry point: make sure a usable index exists, then exec the command (default:
# releasebot run). The image builds its index into the volume /data; a volume mounted there that
# does not carry one (a bind mount, an empty volume) hides it, and an old volume may hold an index
# this release cannot read: in both cases `releasebot health` fails and the index is rebuilt.
set -eu
corpus="${RELEASEBOT_CORPUS_DIR:?RELEASEBOT_CORPUS_DIR is not set}"
index="${RELEASEBOT_INDEX_DIR:?RELEASEBOT_INDEX_DIR is not set}"
if ! releasebot health --index "$index" >&2; then
    echo "start: no usable index at $index, building it from $corpus" >&2
    # rebuild exits 1 when it skipped some files; go on if the index it wrote is usable.
    releasebot rebuild --corpus "$corpus" --index "$index" || releasebot health --index "$index" >&2
fi
exec "$@"
