-- wrk: the public lookup GET /api/v1/dossier-lookup?code=…&citizenId=… over real (code, citizen ID) pairs picked at random.
-- Env: BENCH_PAIRS (file of "code<TAB>citizenId" lines).
local paths, n = {}, 0
function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000))
  for line in io.lines(os.getenv("BENCH_PAIRS")) do
    local code, cid = line:match("^(%S+)%s+(%S+)$")
    if code then n = n + 1; paths[n] = "/api/v1/dossier-lookup?code=" .. code .. "&citizenId=" .. cid end
  end
end

function request()
  return wrk.format("GET", paths[math.random(n)])
end
