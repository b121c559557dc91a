-- wrk script: a ceiling, a webhook-sized body made durable and nothing else. LOADTEST_PATH
-- chooses how: /loadtest/insert (store and commit, the default) or /loadtest/journal.
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local path = os.getenv("LOADTEST_PATH") or "/loadtest/insert"
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
  local body = string.format(
    '{"app_id":"360846524940903967","sender":{"id":"7000000000000000001"},"event_name":"user_send_text",' ..
    '"message":{"text":"cai vneid o dau","msg_id":"insert-%d-%d-%d"},"timestamp":"%d"}',
    thread_id, counter, os.time(), os.time() * 1000)
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" }, body)
end

delay = common.delay
done = common.done
