#!/usr/bin/env bash
# Roundtable benchmark: builds the jar, seeds a round (5 proposals, 10,000 participants), and measures the server
# side by side with a reference on the same machine in the same run (pgbench, nginx). Prints one table.
# Usage: src/bench/run.sh        (BENCH_SECONDS=15 per measurement; BENCH_JAVA_OPTS for the server JVM)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=$ROOT/src/bench
WORK=$ROOT/target/bench
SECONDS_EACH=${BENCH_SECONDS:-15}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx320m}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-58080}
NGINX_PORT=${BENCH_NGINX_PORT:-58081}
THREADS=2

missing=()
for tool in wrk pgbench psql nginx curl java mvn; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if ((${#missing[@]})); then
  echo "Missing: ${missing[*]}. On Debian/Ubuntu: sudo apt-get install wrk pgbench postgresql-client nginx-light curl" >&2
  echo "(pgbench comes with postgresql-client on Debian; Java 17 and Maven are needed to build.)" >&2
  exit 1
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $WORK/nginx/nginx.pid ]] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== building the jar"
mvn -q -B -DskipTests package
JAR=$ROOT/target/roundtable.jar
rm -rf "$WORK" && mkdir -p "$WORK/nginx"

echo "== starting PostgreSQL (embedded, port $PG_PORT)"
java -cp "$JAR" "$BENCH/BenchDatabase.java" "$WORK/postgres" "$PG_PORT" >"$WORK/postgres.log" 2>&1 &
PIDS+=($!)
until grep -q ready "$WORK/postgres.log" 2>/dev/null; do sleep 0.5; done
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
DB_URL="postgres://postgres:postgres@localhost:$PG_PORT/postgres"

# Started from $WORK, where there is no web/ folder: the server reads its pages from the jar, as in production
# (from the repository root it would watch web/ on disk for edits, which is development mode).
start_server() {
  (cd "$WORK" && PORT=$APP_PORT DATABASE_URL=$DB_URL ROUNDTABLE_ADMIN_EMAIL=bench@example.org \
    ROUNDTABLE_ADMIN_PASSWORD=bench-password-long-enough exec java $JAVA_OPTS -jar "$JAR" >>"$WORK/server.log" 2>&1) &
  SERVER=$!
  PIDS+=($SERVER)
  until curl -fsS "http://localhost:$APP_PORT/health" >/dev/null 2>&1; do sleep 0.5; done
}

echo "== starting Roundtable (port $APP_PORT, $JAVA_OPTS) and seeding"
start_server
api() { curl -fsS -X "$1" "http://localhost:$APP_PORT$2" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' ${3:+-d "$3"}; }
json() { grep -oE "\"$1\":\"[^\"]+\"" | head -1 | cut -d'"' -f4; }
TOKEN=$(curl -fsS -X POST "http://localhost:$APP_PORT/api/v1/auth/staff" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"bench-password-long-enough"}' | json token)
ROUND=$(api POST /api/v1/rounds '{"title":"Benchmark round","purpose":"Measure Roundtable under load.",
  "participationLevel":"involve","decisionRule":"A majority saying do not build stops the project.",
  "pay":{"amountCents":5000,"currency":"USD","per":"session"},"responseDueDays":30}' | json id)
PROPOSALS=()
for i in 1 2 3 4 5; do
  id=$(api POST "/api/v1/rounds/$ROUND/proposals" "{\"title\":\"Call screening helper $i\",\"language\":\"en\",
    \"sections\":{\"goals\":\"It helps staff sort calls. It gives each call a risk score.\",
    \"people\":\"Families who call. A false alarm is worse than a missed case.\",
    \"data\":\"Old call records.\",\"responsibility\":\"The hotline manager.\"}}" | json id)
  api POST "/api/v1/proposals/$id/publish" >/dev/null
  PROPOSALS+=("$id")
done
api POST "/api/v1/rounds/$ROUND/status" '{"status":"open"}' >/dev/null
ADMIN=$(psql -qtAc "SELECT id FROM staff WHERE email = 'bench@example.org'")
psql -q -v round="$ROUND" -v admin="$ADMIN" -f "$BENCH/seed.sql" >/dev/null
P1=${PROPOSALS[0]}
export BENCH_PROPOSALS=$(IFS=,; echo "${PROPOSALS[*]}") BENCH_THREADS=$THREADS

wrk_run() { # connections script url -> "rps p50 p99 errors"
  wrk -t$THREADS -c"$1" -d"${SECONDS_EACH}s" --timeout 10s -s "$2" "$3" | awk '/^RESULT/ {print $2, $3, $4, $5}'
}
pgbench_run() { # connections -> "tps p50 p99"
  local dir=$WORK/pgbench-$1; mkdir -p "$dir"
  (cd "$dir" && pgbench -n -M prepared -c "$1" -j $THREADS -T "$SECONDS_EACH" -l \
    -D round="$ROUND" -D p1="${PROPOSALS[0]}" -D p2="${PROPOSALS[1]}" -D p3="${PROPOSALS[2]}" \
    -D p4="${PROPOSALS[3]}" -D p5="${PROPOSALS[4]}" -f "$BENCH/pgbench-vote.sql" >"$dir/out.txt" 2>&1)
  local tps; tps=$(awk '/^tps/ {print $3; exit}' "$dir/out.txt")
  cat "$dir"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n | awk -v tps="$tps" \
    '{a[NR]=$1} END {printf "%.1f %.2f %.2f\n", tps, a[int(NR*0.5)], a[int(NR*0.99)]}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", 100 * a / b}'; }

echo "== warming up the JIT (5 s of votes, 5 s of pages; not measured)"
wrk -t$THREADS -c64 -d5s -s "$BENCH/vote.lua" "http://localhost:$APP_PORT" >/dev/null
wrk -t$THREADS -c64 -d5s -s "$BENCH/page.lua" "http://localhost:$APP_PORT/proposals/$P1" >/dev/null

echo "== voting (wrk vs pgbench, ${SECONDS_EACH}s each)"
declare -A VOTE PG
for c in 64 256; do
  VOTE[$c]=$(wrk_run "$c" "$BENCH/vote.lua" "http://localhost:$APP_PORT")
  PG[$c]=$(pgbench_run "$c")
  echo "   $c connections: roundtable ${VOTE[$c]} | pgbench ${PG[$c]}"
done

echo "== proposal page (wrk vs nginx serving a saved copy)"
PAGE_URL="http://localhost:$APP_PORT/proposals/$P1"
curl -fsS -H 'Cookie: rt_session=bench-session-1' "$PAGE_URL" -o "$WORK/nginx/proposal.html"
sed -e "s#@ROOT@#$WORK/nginx#g" -e "s#@PORT@#$NGINX_PORT#g" "$BENCH/nginx.conf" >"$WORK/nginx/nginx.conf"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
APP_PAGE=$(wrk_run 256 "$BENCH/page.lua" "$PAGE_URL")
NGINX_PAGE=$(wrk_run 256 "$BENCH/page.lua" "http://localhost:$NGINX_PORT/proposal.html")
echo "   roundtable $APP_PAGE | nginx $NGINX_PAGE"

echo "== live tallies (2,000 streams on one proposal, votes arriving)"
# Votes by people who have not voted on it yet, so each one raises the total.
psql -qc "DELETE FROM votes WHERE proposal_id = '$P1' AND participant_id >= '00000000-0000-4000-9000-000000002329'"
# A participant sees the tally once they voted: the 2,000 watchers have.
psql -qc "INSERT INTO votes (proposal_id, participant_id, choice) SELECT '$P1',
  ('00000000-0000-4000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'not_yet' FROM generate_series(1, 2000) g
  ON CONFLICT DO NOTHING"
LIVE=$(java -cp "$JAR" "$BENCH/LiveClients.java" "$APP_PORT" "$P1" 2000 ${BENCH_LIVE_VOTES:-30} 9001 \
  2>"$WORK/live.log" | awk '/^RESULT/ {print $2, $3, $4, $5}')
echo "   $LIVE"

PEAK_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")

echo "== page weight (compressed, HTML + CSS + JS)"
weigh() { # path cookie -> bytes
  local html; html=$(curl -fsSL --compressed -H "Cookie: $2" "http://localhost:$APP_PORT$1")
  local total; total=$(curl -fsSL -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: $2" \
    "http://localhost:$APP_PORT$1")
  for asset in $(grep -oE '(href|src)="/static/[^"?]+\.(css|js)(\?[^"]*)?"' <<<"$html" | sed -E 's/.*="([^"]+)"/\1/' | sort -u); do
    total=$((total + $(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' \
      "http://localhost:$APP_PORT$asset")))
  done
  echo "$total"
}
S='rt_session=bench-session-2'
declare -A WEIGHT
for page in /join /consent /home "/proposals/$P1" "/proposals/$P1/comments" /profile /checkin /withdraw; do
  WEIGHT[$page]=$(weigh "$page" "$S")
done

row() { printf '| %-44s | %-34s | %-34s | %-7s | %-22s |\n' "$@"; }
fmt() { awk -v r="$1" 'BEGIN {split(r, a, " "); printf "%.0f req/s, p50 %.1f ms, p99 %.1f ms", a[1], a[2], a[3]}'; }
echo
echo "Roundtable benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo)"
echo
row "measurement" "Roundtable" "reference" "ratio" "goal"
row "---" "---" "---" "---" "---"
for c in 64 256; do
  row "vote PUT, $c connections" "$(fmt "${VOTE[$c]}")" "pgbench $(fmt "${PG[$c]}")" \
    "$(ratio "${VOTE[$c]%% *}" "${PG[$c]%% *}")" "$([[ $c == 256 ]] && echo '≥70%, p99 <100 ms' || echo '')"
done
row "proposal page (gzip), 256 connections" "$(fmt "$APP_PAGE")" "nginx $(fmt "$NGINX_PAGE")" \
  "$(ratio "${APP_PAGE%% *}" "${NGINX_PAGE%% *}")" "≥40%"
read -r L50 L99 LMAX LCONN <<<"$LIVE"
row "live tally, vote commit → last of $LCONN streams" "p50 $L50 ms, p99 $L99 ms (max $LMAX)" "" "" "p99 ≤1000 ms"
row "server peak RSS (VmHWM)" "$((PEAK_KB / 1024)) MB" "" "" "<512 MB"
for page in /join /consent /home "/proposals/$P1" "/proposals/$P1/comments" /profile /checkin /withdraw; do
  row "page weight ${page/$P1/{id\}}" "$(awk -v b="${WEIGHT[$page]}" 'BEGIN {printf "%.1f KB", b / 1024}')" "" "" "<30 KB"
done
errors="${VOTE[64]##* } ${VOTE[256]##* } ${APP_PAGE##* }"
echo
echo "wrk errors (non-2xx, timeouts) per Roundtable run (vote 64, vote 256, page): $errors"
