-- wrk: each request submits a different real draft (POST /api/v1/dossiers/{id}/submit) with a unique Idempotency-Key,
-- or with BENCH_ACTION=receive has the desk receive a different submitted dossier (POST /api/v1/dossiers/{id}/receive).
-- Env: BENCH_IDS (file of dossier ids, one a line), BENCH_TOKEN (bearer), BENCH_FORM (file with the JSON body of a
--      submission), BENCH_THREADS (wrk -t), BENCH_KEY_PREFIX, BENCH_DELAY_MS (optional think time per connection, to hold a rate).
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local ids, n, i = {}, 0, 0
local headers, body, prefix, delay_ms
local receive = os.getenv("BENCH_ACTION") == "receive"
function init(args)
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  local k = 0
  for line in io.lines(os.getenv("BENCH_IDS")) do
    if k % nthreads == tid then n = n + 1; ids[n] = line end
    k = k + 1
  end
  if receive then
    body = '{"comment":null}'
  else
    local f = assert(io.open(os.getenv("BENCH_FORM")))
    body = f:read("*a"); f:close()
  end
  prefix = (os.getenv("BENCH_KEY_PREFIX") or "bench") .. "-t" .. tid .. "-"
  delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
  headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }
end

function request()
  i = i + 1
  local id = ids[(i - 1) % n + 1]   -- wraps only if the list is too short: the second try then answers 409 (counted as non-2xx)
  if receive then
    return wrk.format("POST", "/api/v1/dossiers/" .. id .. "/receive", headers, body)
  end
  headers["Idempotency-Key"] = prefix .. i
  return wrk.format("POST", "/api/v1/dossiers/" .. id .. "/submit", headers, body)
end

if tonumber(os.getenv("BENCH_DELAY_MS") or "0") > 0 then
  function delay() return delay_ms end
end
