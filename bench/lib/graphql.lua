-- wrk script: POSTs one GraphQL document per request. BODY is a JSON body in which %s is replaced by
-- a code taken at random from the file CODES (if set). A response counts as an error unless it is
-- HTTP 200 with "data" and without "errors": a wrong answer is an error, however fast.
package.path = "bench/lib/?.lua;" .. package.path
local tally = require("tally")
local codes = {}
local file = os.getenv("CODES")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then codes[#codes + 1] = line end
  end
end
local template = os.getenv("BODY")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local body = template
  if #codes > 0 then
    body = string.format(template, codes[math.random(#codes)])
  end
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"data"', 1, true) or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  io.write(tally.result(threads, summary, latency))
end
