-- What every wrk script of the benchmark reports: the answers its threads judged wrong plus wrk's own
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

return tally
