-- wrk script for the soak: a day's mix, one connection per thread (run with -t N -c N, N <= COUNTERS).
-- 70% dossier look-up, 20% catalogue (a page or a search), 8% queue (take a ticket at the kiosk, call the
-- next at this thread's counter, read the display board), 2% intake and transitions (receive a dossier at
-- the counter, transfer one this thread received to the department). Every answer must be HTTP 200 with
-- data, no errors and no userErrors; the one refusal the mix expects is an empty queue at call-next.
-- Env: CODES (dossier codes), CENTER (the soak's queue center), TOKENS (its counter officers' tokens),
-- INTAKE_TOKEN (a counter officer of the demo center), PROCEDURE (a procedure it receives).
package.path = "bench/lib/?.lua;" .. package.path
local tally = require("tally")
local codes, tokens = {}, {}
for line in io.lines(os.getenv("CODES")) do if line ~= "" then codes[#codes + 1] = line end end
for line in io.lines(os.getenv("TOKENS")) do if line ~= "" then tokens[#tokens + 1] = line end end
local center, intake, procedure = os.getenv("CENTER"), os.getenv("INTAKE_TOKEN"), os.getenv("PROCEDURE")
local searches = { "giấy phép", "xây dựng", "hộ tịch", "đất đai", "kết hôn", "chứng chỉ", "doanh nghiệp" }
local threads, index = {}, 0

function setup(thread)
  index = index + 1
  thread:set("desk", index)
  table.insert(threads, thread)
end

function init(args)
  bad, kinds, received, last = 0, {}, {}, nil
  math.randomseed(os.time() + desk * 7919)
end

local function post(body, token)
  local headers = { ["Content-Type"] = "application/json" }
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("POST", "/graphql", headers, body)
end

function request()
  local r = math.random(1000)
  if r <= 700 then
    last = "lookup"
    return post(string.format('{"query":"query($c: String!) { dossierStatus(code: $c, secret: \\"DEMO2025\\") { code status appointmentDate overdue history { at action status agencyName } } }","variables":{"c":"%s"}}', codes[math.random(#codes)]))
  elseif r <= 800 then
    last = "page"
    return post('{"query":"{ procedures(first: 20) { totalCount edges { node { code name onlineLevel agency { code name } channels { channel processingDays feeVnd } } } } }"}')
  elseif r <= 900 then
    last = "search"
    return post(string.format('{"query":"query($s: String) { procedures(first: 10, search: $s) { edges { node { code name } } } }","variables":{"s":"%s"}}', searches[math.random(#searches)]))
  elseif r <= 940 then
    last = "take"
    return post(string.format('{"query":"mutation { takeTicket(input: {centerCode: \\"%s\\", groupCode: \\"A\\"}) { ticket { number } userErrors { code } } }"}', center))
  elseif r <= 960 then
    last = "callNext"
    return post(string.format('{"query":"mutation { callNextTicket(input: {counterCode: \\"Q%d\\"}) { ticket { number } userErrors { code } } }"}', desk), tokens[desk])
  elseif r <= 980 then
    last = "board"
    return post(string.format('{"query":"{ displayBoard(centerCode: \\"%s\\") { recentCalls { ticketNumber counterCode } waiting { groupCode waiting } } }"}', center))
  elseif r <= 990 or #received == 0 then
    last = "receive"
    return post(string.format('{"query":"mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { receipt { dossier { code } } userErrors { code } } }","variables":{"i":{"procedureCode":"%s","channel":"DIRECT","applicant":{"fullName":"Nguyễn Văn An","idNumber":"0790%08d","phone":"0912345678"}}}}', procedure, math.random(99999999)), intake)
  else
    last = "transfer"
    local code = table.remove(received, 1)
    return post(string.format('{"query":"mutation { transferDossier(input: {code: \\"%s\\", toAgencyCode: \\"SXD\\"}) { dossier { status } userErrors { code } } }"}', code), intake)
  end
end

function response(status, headers, body)
  kinds[last] = (kinds[last] or 0) + 1
  local clean = status == 200 and string.find(body, '"data"', 1, true) and not string.find(body, '"errors"', 1, true)
  if clean and string.find(body, '"userErrors":[{', 1, true) then
    clean = last == "callNext" and string.find(body, '"QUEUE_EMPTY"', 1, true) ~= nil
  end
  if not clean then
    bad = bad + 1
    if bad <= 3 then io.stderr:write(last .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
  if last == "receive" and clean then
    local code = string.match(body, '"code":"([^"]+)"')
    if code then received[#received + 1] = code end
  end
end

function done(summary, latency, requests)
  io.write(tally.result(threads, summary, latency))
end
