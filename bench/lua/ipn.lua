-- wrk: VNPay IPNs, GET /api/v1/payments/vnpay/ipn?<pre-signed query>, each thread walking its own share of the list so
-- that every IPN is sent once (past the end of the list it starts again: replays, answered 02).
-- Env: BENCH_IPNS (file of signed query strings, one a line), BENCH_THREADS (wrk -t).
local counter, threads = 0, {}
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local queries, n, i, step = {}, 0, 0, 1
codes = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_IPNS")) do n = n + 1; queries[n] = line end
  step = tonumber(os.getenv("BENCH_THREADS") or "1")
  i = tid - step
end

function request()
  i = i + step
  return wrk.format("GET", "/api/v1/payments/vnpay/ipn?" .. queries[((i - 1) % n) + 1])
end

function response(status, headers, body)
  local code = body and body:match('"RspCode":"(%d+)"') or ("http" .. status)
  codes[code] = (codes[code] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("codes")) do total[code] = (total[code] or 0) + count end
  end
  local parts = {}
  for code, count in pairs(total) do table.insert(parts, "RspCode " .. code .. ": " .. count) end
  table.sort(parts)
  io.write("IPN answers: " .. table.concat(parts, ", ") .. "\n")
end
