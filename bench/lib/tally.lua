-- What the wrk scripts of the benchmark report: the answers its threads judged wrong plus wrk's own
-- socket errors, timeouts and non-2xx statuses.
local tally = {}

function tally.errors(threads, summary)
  local errors = 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("bad")
  end
  return errors + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
end

-- The line every script but call-next prints at the end, fields by name: rps p99_ms p50_ms requests errors.
function tally.result(threads, summary, latency)
  return string.format("RESULT rps=%.1f p99_ms=%.2f p50_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(99) / 1000, latency:percentile(50) / 1000,
    summary.requests, tally.errors(threads, summary))
end

return tally
