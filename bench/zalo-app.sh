# Sourced by the Zalo benches: starts the packaged app on a fresh embedded store in $DATA
# with the load-test endpoints and a local stand-in for Zalo's API, and stops it on exit.
#   start_app   starts it (again) on the same $DATA and waits until it is healthy
# Settings: PORT, APP_ARGS, JAVA_OPTS (by default the flags README recommends).
APP_ID=360846524940903967
SECRET=loadtest-oa-secret
URL=http://127.0.0.1:$PORT
export ZALO_APP_ID=$APP_ID ZALO_OA_SECRET_KEY=$SECRET

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f target/helpdesk.jar ] || mvn -q -B -ntp -DskipTests package

DATA=$(mktemp -d)
start_app() {
  java ${JAVA_OPTS:--XX:+UseParallelGC -Xmn64m} -jar target/helpdesk.jar --server.port="$PORT" \
    --helpdesk.store.data-dir="$DATA" --helpdesk.loadtest.enabled=true --helpdesk.admin.initial-password=loadtest \
    --helpdesk.channels.zalo.enabled=true --helpdesk.channels.zalo.app-id=$APP_ID \
    --helpdesk.channels.zalo.oa-secret-key=$SECRET --helpdesk.channels.zalo.access-token=loadtest \
    --helpdesk.channels.zalo.api-base-url="$URL/loadtest/zalo" ${APP_ARGS:-} >>"$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 60); do
    curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$URL/actuator/health" >/dev/null || { echo "the app did not start:"; tail -20 "$DATA/app.log"; exit 1; }
}
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
start_app

metric() { curl -s "$URL/actuator/prometheus" | awk -v m="$1" '$0 ~ m {print $2}'; }
sent() { metric '^helpdesk_outbox_sends_total.*channel="zalo".*outcome="sent"'; }
