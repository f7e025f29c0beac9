-- wrk: participants changing their votes. Each wrk thread has its own slice of the 10,000 bench participants,
-- so one person never has two votes in flight; every request changes the choice (a real write).
local proposals = {}
for id in string.gmatch(os.getenv("BENCH_PROPOSALS"), "[^,]+") do proposals[#proposals + 1] = id end
local choices = { "go_ahead", "go_ahead_with_changes", "not_yet", "do_not_build" }
local counter = 0
local threads = {}
local first, size = 1, 10000

function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  local count = tonumber(os.getenv("BENCH_THREADS"))
  size = math.floor(10000 / count)
  first = index * size + 1
end

function request()
  local n = first + counter % size
  local round = math.floor(counter / size)
  local proposal = proposals[(n + round) % #proposals + 1]
  local choice = choices[(n + round) % #choices + 1]
  counter = counter + 1
  return wrk.format("PUT", "/api/v1/proposals/" .. proposal .. "/vote",
    { ["Authorization"] = "Bearer bench-" .. n, ["Content-Type"] = "application/json" },
    '{"choice":"' .. choice .. '"}')
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
