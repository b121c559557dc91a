-- Shared by the wrk scripts: thread ids, optional pacing, and a one-line summary that
-- bench/zalo-load.sh parses (wrk counts non-2xx answers in summary.errors.status).
local common = {}
local threads = {}
local next_id = 0

function common.setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function common.init()
  return id or 0
end

local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")

function common.delay()
  if rate > 0 then
    return 1000 * connections / rate
  end
  return 0
end

function common.done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failed))
end

return common
