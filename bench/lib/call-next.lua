-- wrk script: one thread per counter (run with -t N -c N). Thread i signs in as the officer of counter
-- Q<i> (token i of the file TOKENS) and calls callNextTicket again and again. A call counts as good only
-- when it answers a ticket; anything else (an empty queue included) is an error.
package.path = "bench/lib/?.lua;" .. package.path
local tally = require("tally")
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  if line ~= "" then tokens[#tokens + 1] = line end
end
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("token", tokens[counter])
  thread:set("desk", "Q" .. counter)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  good = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.body = '{"query":"mutation($c: String!) { callNextTicket(input: {counterCode: $c}) { ticket { number } userErrors { code } } }","variables":{"c":"'
    .. desk .. '"}}'
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"number":"', 1, true) and not string.find(body, '"errors"', 1, true) then
    good = good + 1
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local errors, calls = tally.errors(threads, summary), 0
  for _, thread in ipairs(threads) do
    calls = calls + thread:get("good")
  end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f p50_ms=%.2f requests=%d errors=%d calls=%d\n",
    calls / (summary.duration / 1000000), latency:percentile(99) / 1000, latency:percentile(50) / 1000,
    summary.requests, errors, calls))
end
