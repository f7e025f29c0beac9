-- wrk: a phone reading the participant proposal page, compressed, signed in by the session cookie.
wrk.headers["Accept-Encoding"] = "gzip"
wrk.headers["Cookie"] = "rt_session=bench-session-1"

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
