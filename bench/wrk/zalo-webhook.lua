-- wrk script: signed Zalo user_send_text webhooks, each with its own msg_id.
-- Environment: ZALO_APP_ID, ZALO_OA_SECRET_KEY, and optionally RATE (total requests per
-- second over all connections, paced) and CONNECTIONS (must match wrk's -c when RATE is set).
package.path = "bench/wrk/?.lua;" .. package.path
local sha256_hex = require("sha256")
local common = require("common")

local app_id = os.getenv("ZALO_APP_ID") or "360846524940903967"
local secret = os.getenv("ZALO_OA_SECRET_KEY") or "loadtest-oa-secret"
local questions = {
  "cai vneid o dau", "quen mk vneid k vao dc", "nộp hồ sơ khai sinh online thế nào",
  "có người gọi xưng công an bảo cài app", "chuyển nhầm tiền phải làm sao", "giá vàng hôm nay",
}

local counter = 0
local thread_id = 0

function setup(thread)
  common.setup(thread)
end

function init(args)
  thread_id = common.init()
end

function request()
  counter = counter + 1
  local timestamp = tostring(os.time() * 1000 + counter % 1000)
  local body = string.format(
    '{"app_id":"%s","sender":{"id":"7%018d"},"user_id_by_app":"552177279717587730",' ..
    '"recipient":{"id":"388613280878808645"},"event_name":"user_send_text",' ..
    '"message":{"text":"%s","msg_id":"load-%d-%d-%d"},"timestamp":"%s"}',
    app_id, (thread_id * 1000 + counter % 1000), questions[counter % #questions + 1],
    thread_id, counter, os.time(), timestamp)
  local mac = "mac=" .. sha256_hex(app_id .. body .. timestamp .. secret)
  return wrk.format("POST", "/webhooks/zalo",
    { ["Content-Type"] = "application/json", ["X-ZEvent-Signature"] = mac }, body)
end

delay = common.delay
done = common.done
