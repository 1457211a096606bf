#!/usr/bin/env bash
# Builds the runtime the way the Dockerfile does — a clean directory with only package.json,
# package-lock.json, dist/, data/, public/ and the compile-cache script, `npm ci --omit=dev`, and on
# Node 22 or later the compile cache filled — starts it, and checks that
# its pages and documents answer, /metrics and /check included (each loads a package the first time
# it is asked), and that it serves the committed OpenAPI document. Catches a Dockerfile (or
# package.json) that forgets something the server needs at run time, and a bundle (scripts/bundle.js)
# that lost a package or changed what the code does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
npm run build >/dev/null
cp package.json package-lock.json "$work/"
cp -r dist data public "$work/"
mkdir "$work/scripts" && cp scripts/warm-compile-cache.js "$work/scripts/"
(cd "$work" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
# As the Dockerfile does on its Node (22 or later): fill the compile cache, then start with it.
if [ "$(node -p 'process.versions.node.split(".")[0] >= 22')" = true ]; then
  export NODE_COMPILE_CACHE="$work/.compile-cache"
  mkdir "$NODE_COMPILE_CACHE"
  (cd "$work" && node scripts/warm-compile-cache.js)
fi

port=3931
start=$(node -p "require('./package.json').scripts.start") # node, its V8 flags, dist/server.js
# shellcheck disable=SC2086 # the command is split into its words on purpose
# /check may reach this server itself, so that the checker (undici) runs without leaving the machine.
(cd "$work" && NODE_ENV=production PORT=$port HOST=127.0.0.1 LOG_LEVEL=warn CHECK_ALLOW_ADDRESSES=127.0.0.1 CHECK_PORTS=$port exec $start) &
server=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.1
done
fail=0
for path in /health /codes/200 /docs /docs/static/swagger-ui.css /openapi.json /409 /sitemap.xml /metrics "/check?url=http://127.0.0.1:$port/health"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -L "http://127.0.0.1:$port$path")
  echo "artifact: GET $path -> $status"
  [ "$status" = 200 ] || fail=1
done
curl -s "http://127.0.0.1:$port/openapi.json" >"$work/served.json"
if node -e 'const [a, b] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8"))); process.exit(require("util").isDeepStrictEqual(a, b) ? 0 : 1)' "$work/served.json" openapi/openapi.json; then
  echo "artifact: /openapi.json is openapi/openapi.json"
else
  echo "artifact: /openapi.json differs from openapi/openapi.json"
  fail=1
fi
kill -TERM "$server"
wait "$server" || fail=1
server=""
[ "$fail" = 0 ] && echo "artifact: ok"
exit "$fail"
