-- The HTTP load profile of `boxoffice serve`, for wrk (Debian's wrk, LuaJIT inside).
--
-- Run with as many threads as connections (`wrk -t N -c N`): each thread is one simulated
-- person on one keep-alive connection, so every answer belongs to the request before it.
-- Six in ten are buyers (sign up, top up, join the line, poll every 3-5 s until admitted,
-- a concert's dates, a date's venue overview, a section's seats, hold a free seat or, one
-- time in three, the best 2-4 together; pay, top up when the receipt's balance runs low,
-- join again), three in ten browsers (join, then dates, overviews and sections with a
-- short pause, and now and then the concert list), one in ten buyers short of points (as
-- buyers, but their payment is refused and they release). Buyers favour the front: half
-- of them pick among the venue's three best sections with seats left. Everyone reads the
-- concert list once, as a client would, to learn the ids.
--
-- Every request's latency is timed per endpoint (request written to answer parsed); each
-- answer is checked against the statuses its step expects (a seat taken by someone else
-- is expected, a 5xx never is). `done` prints one line per endpoint as JSON for the
-- runner, and the unexpected answers.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bo_timespec;
  int clock_gettime(int clock, bo_timespec *spec);
]]
local spec = ffi.new("bo_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, spec)
  return tonumber(spec.tv_sec) * 1000 + tonumber(spec.tv_nsec) / 1e6
end

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  thread:set("run", os.getenv("LOAD_RUN") or tostring(os.time()))
  table.insert(threads, thread)
end

-- Latency buckets: 0.05 ms wide up to 10 ms, 0.5 ms to 100 ms, 5 ms beyond.
local function bucket(ms)
  if ms < 10 then return math.floor(ms / 0.05) end
  if ms < 100 then return 200 + math.floor((ms - 10) / 0.5) end
  return 380 + math.floor((ms - 100) / 5)
end

local function bucket_ms(index)
  if index < 200 then return (index + 1) * 0.05 end
  if index < 380 then return 10 + (index - 199) * 0.5 end
  return 100 + (index - 379) * 5
end

local json_headers = { ["Content-Type"] = "application/json" }

function init(args)
  math.randomseed(id * 7919 + 17)
  local slot = id % 10
  kind = slot < 6 and "buyer" or (slot < 9 and "browser" or "short")
  stats = {}        -- "endpoint<TAB>bucket" -> count (flat: wrk cannot copy nested tables)
  surprises = {}    -- "endpoint status" -> count
  step = "signup"
  pause = 0
  cycle = 0
  dates = {}
end

local function think(low, high)
  pause = math.random(low, high)
end

local function pick(list)
  return list[math.random(1, #list)]
end

-- The steps: each makes its request and says which statuses it expects.
local steps = {}

steps.signup = function()
  cycle = cycle + 1
  local name = string.format("%s%d-%s-%d", kind, id, run, cycle)
  return "POST /buyers", { [201] = true }, wrk.format("POST", "/buyers", json_headers, '{"name":"' .. name .. '"}')
end

steps.topup = function()
  local amount = kind == "short" and 1000 or 1000000
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key,
    ["Idempotency-Key"] = "t" .. id .. "-" .. cycle .. "-" .. math.random(1, 1e9) }
  return "POST /points", { [200] = true }, wrk.format("POST", "/points", headers, '{"amount":' .. amount .. '}')
end

steps.join = function()
  return "POST /queue/token", { [200] = true, [201] = true }, wrk.format("POST", "/queue/token", { ["Authorization"] = "Bearer " .. key })
end

steps.poll = function()
  return "GET /queue/position", { [200] = true }, wrk.format("GET", "/queue/position", { ["Authorization"] = "Bearer " .. token })
end

steps.concerts = function()
  return "GET /concerts", { [200] = true, [410] = true }, wrk.format("GET", "/concerts", { ["Authorization"] = "Bearer " .. token })
end

steps.dates = function()
  chosen = pick(dates)
  return "GET /concerts/{id}/dates", { [200] = true, [410] = true },
    wrk.format("GET", "/concerts/" .. chosen.concert .. "/dates", { ["Authorization"] = "Bearer " .. token })
end

steps.overview = function()
  return "GET /concerts/{id}/dates/{id}/sections", { [200] = true, [410] = true },
    wrk.format("GET", "/concerts/" .. chosen.concert .. "/dates/" .. chosen.date .. "/sections", { ["Authorization"] = "Bearer " .. token })
end

steps.section = function()
  return "GET /concerts/{id}/dates/{id}/sections/{id}/seats", { [200] = true, [410] = true },
    wrk.format("GET", "/concerts/" .. chosen.concert .. "/dates/" .. chosen.date .. "/sections/" .. section .. "/seats",
      { ["Authorization"] = "Bearer " .. token })
end

steps.hold = function()
  return "POST /reservations", { [201] = true, [409] = true, [410] = true },
    wrk.format("POST", "/reservations", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
      '{"seats":[' .. seat .. ']}')
end

steps.best = function()
  return "POST /reservations/best", { [201] = true, [409] = true, [410] = true },
    wrk.format("POST", "/reservations/best", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
      '{"dateId":' .. chosen.date .. ',"count":' .. math.random(2, 4) .. ',"section":' .. section .. '}')
end

steps.pay = function()
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = "p" .. id .. "-" .. reservations }
  local expect = kind == "short" and { [422] = true, [410] = true } or { [201] = true, [410] = true }
  return "POST /payments", expect, wrk.format("POST", "/payments", headers, '{"reservations":[' .. reservations .. ']}')
end

steps.release = function()
  local first = reservations:match("^(%d+)")
  return "DELETE /reservations/{id}", { [204] = true, [410] = true },
    wrk.format("DELETE", "/reservations/" .. first, { ["Authorization"] = "Bearer " .. token })
end

-- What follows each answer.
local after = {}

after.signup = function(status, body)
  key = body:match('"key":"(bk_%x+)"')
  step = kind == "browser" and "join" or "topup"
end

after.topup = function() step = "join" end

local function took_status(body)
  token = body:match('"token":"(qt_[^"]+)"') or token
  if body:find('"status":"active"', 1, true) then
    step = #dates > 0 and "dates" or "concerts"
  else
    step = "poll"
    think(3000, 5000)
  end
end

after.join = function(status, body) took_status(body) end
after.poll = function(status, body) took_status(body) end

local function expired(status)
  if status == 410 then
    step = "join"
    return true
  end
  return false
end

after.concerts = function(status, body)
  if expired(status) then return end
  dates = {}
  for object in body:gmatch("{[^{}]*}") do
    local concert, date, free = object:match('"concertId":(%d+)'), object:match('"id":(%d+)'), object:match('"seatsFree":(%d+)')
    if concert and date and tonumber(free) > 0 then table.insert(dates, { concert = concert, date = date }) end
  end
  step = #dates > 0 and "dates" or "concerts"
  think(20, 80)
end

after.dates = function(status)
  if expired(status) then return end
  step = "overview"
  think(20, 80)
end

-- A section with seats left: buyers take one of the three best half of the time.
after.overview = function(status, body)
  if expired(status) then return end
  local open = {}
  local flat = body:gsub('"place":{[^{}]*}', '"place":0')
  for object in flat:gmatch("{[^{}]*}") do
    local order, free = object:match('"order":(%d+)'), tonumber(object:match('"seatsFree":(%d+)') or "0")
    if order and free > 0 then table.insert(open, { id = object:match('"id":(%d+)'), order = tonumber(order) }) end
  end
  if #open == 0 then
    step = "concerts"
    return
  end
  table.sort(open, function(a, b) return a.order < b.order end)
  local front = kind ~= "browser" and math.random() < 0.5
  section = (front and open[math.random(1, math.min(3, #open))] or pick(open)).id
  step = "section"
  think(20, 80)
end

after.section = function(status, body)
  if expired(status) then return end
  if kind == "browser" then
    local roll = math.random()
    step = roll < 0.1 and "concerts" or (roll < 0.4 and "dates" or (roll < 0.7 and "overview" or "section"))
    think(50, 250)
    return
  end
  local first = tonumber(body:match('"firstSeatId":(%d+)') or "0")
  local free, index = {}, 0
  for states in body:gmatch('"states":%[([^%]]*)%]') do
    for state in states:gmatch('"(%a+)"') do
      if state == "free" then table.insert(free, first + index) end
      index = index + 1
    end
  end
  if #free == 0 then
    step = "overview"
  else
    seat = pick(free)
    step = math.random() < 1 / 3 and "best" or "hold"
  end
  think(50, 150)
end

local function held(status, body)
  if expired(status) then return end
  if status == 409 then
    step = "section"
    return
  end
  local ids = {}
  for object in body:gmatch("{[^{}]*}") do table.insert(ids, object:match('"id":(%d+)')) end
  reservations = table.concat(ids, ",")
  step = "pay"
  think(50, 150)
end

after.hold = held
after.best = held

after.pay = function(status, body)
  if status == 201 or status == 410 then
    local balance = tonumber(body:match('"balance":(%d+)') or "0")
    step = kind == "buyer" and balance < 800000 and "topup" or "join"
    think(100, 300)
  else
    step = "release"
  end
end

after.release = function(status)
  if expired(status) then return end
  reservations = reservations:match("^%d+,(.*)$") or ""
  step = reservations ~= "" and "release" or "overview"
  if step == "release" then return end
  think(100, 300)
end

local sent_at, endpoint, expected, current = 0, nil, nil, nil

function request()
  current = step
  local name, expect, text = steps[step]()
  endpoint, expected = name, expect
  sent_at = now_ms()
  return text
end

function delay()
  local wait = pause
  pause = 0
  return wait
end

function response(status, headers, body)
  local cell = endpoint .. "\t" .. bucket(now_ms() - sent_at)
  stats[cell] = (stats[cell] or 0) + 1
  if not expected[status] then
    local label = endpoint .. " " .. status
    surprises[label] = (surprises[label] or 0) + 1
    step = key and "join" or "signup"
    think(200, 400)
    return
  end
  after[current](status, body or "")
end

local function percentile(buckets, total, fraction)
  local indices = {}
  for index in pairs(buckets) do table.insert(indices, index) end
  table.sort(indices)
  local wanted, seen = math.ceil(total * fraction), 0
  for _, index in ipairs(indices) do
    seen = seen + buckets[index]
    if seen >= wanted then return bucket_ms(index) end
  end
  return 0
end

function done(summary, latency, requests)
  local merged, surprising = {}, {}
  for _, thread in ipairs(threads) do
    for cell, count in pairs(thread:get("stats")) do
      local name, index = cell:match("^(.*)\t(%d+)$")
      index = tonumber(index)
      local into = merged[name] or { n = 0, b = {} }
      into.n = into.n + count
      into.b[index] = (into.b[index] or 0) + count
      merged[name] = into
    end
    for label, count in pairs(thread:get("surprises")) do surprising[label] = (surprising[label] or 0) + count end
  end
  local seconds = summary.duration / 1e6
  for name, entry in pairs(merged) do
    io.write(string.format('{"endpoint":"%s","requests":%d,"perSecond":%.1f,"p50":%.2f,"p95":%.2f,"p99":%.2f}\n',
      name, entry.n, entry.n / seconds, percentile(entry.b, entry.n, 0.50), percentile(entry.b, entry.n, 0.95),
      percentile(entry.b, entry.n, 0.99)))
  end
  local all = { n = 0, b = {} }
  for _, entry in pairs(merged) do
    all.n = all.n + entry.n
    for index, count in pairs(entry.b) do all.b[index] = (all.b[index] or 0) + count end
  end
  io.write(string.format('{"endpoint":"all","requests":%d,"perSecond":%.1f,"p50":%.2f,"p95":%.2f,"p99":%.2f}\n',
    all.n, all.n / seconds, percentile(all.b, all.n, 0.50), percentile(all.b, all.n, 0.95), percentile(all.b, all.n, 0.99)))
  for label, count in pairs(surprising) do
    io.write(string.format('{"unexpected":"%s","count":%d}\n', label, count))
  end
  io.write(string.format('{"socketErrors":%d}\n',
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
