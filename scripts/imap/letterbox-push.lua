-- Letterbox's push hint: Dovecot 2.3's push_notification_lua driver with lib-lua's dovecot.http.
--
-- Dovecot tells an IDLE session of a change 500 ms after it happens (NOTIFY_DELAY_MSECS in
-- src/lib-storage/mailbox-watch.c). This script tells Letterbox as the change commits: it
-- POSTs the names of the folders a transaction touched to the URL the user's Letterbox keeps
-- in their private server METADATA entry (RFC 5464) /private/vendor/letterbox/push, as
-- "<url> <unix expiry>" (lib/live/push-hint.ts). The POST carries no mail and grants nothing:
-- Letterbox reads those folders again over IMAP, as after IDLE, so a lost or forged hint
-- changes only when a change is seen. Each process looks the entry up at most once a minute
-- per user (below), so a URL stored meanwhile reaches sessions already open within a minute.
--
-- Dovecot configuration (scripts/imap/dovecot-config.ts renders it for the project's server):
--   mail_plugins = $mail_plugins mail_lua notify push_notification push_notification_lua
--   plugin { push_notification_driver = lua:file=/path/to/letterbox-push.lua }

local ENTRY = "/private/vendor/letterbox/push"
-- The hint is sent from the session that made the change, which waits for the answer:
-- Letterbox answers before it reads, and one that is down refuses at once; this bounds a
-- host that went silent.
local TIMEOUT_MSECS = 200

local client

function script_init()
  client = dovecot.http.client({ timeout = TIMEOUT_MSECS, max_attempts = 1, request_max_redirects = 0 })
  return 0
end

function dovecot_lua_notify_begin_txn(user)
  return { user = user, folders = {} }
end

local function touched(ctx, event)
  ctx.folders[event.mailbox] = true
end

dovecot_lua_notify_event_message_new = touched
dovecot_lua_notify_event_message_append = touched
dovecot_lua_notify_event_message_expunge = touched
dovecot_lua_notify_event_flags_set = touched
dovecot_lua_notify_event_flags_clear = touched

-- A JSON string (RFC 8259 §7): quotes, backslashes and control characters escaped.
local function quote(text)
  return '"' .. text:gsub('[%c"\\]', function(c)
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

-- Reading the entry opens INBOX (server entries live there), which on a 100,000-message
-- Maildir took 40-180 ms a transaction, measured: so each process reads it at most once a
-- CACHE_SECONDS per user, as Dovecot's own OX driver does (cache_lifetime, 60 s).
local CACHE_SECONDS = 60
local cache = {}

local function target_of(user)
  local now = os.time()
  local known = cache[user.username]
  if known ~= nil and now - known.at < CACHE_SECONDS then
    return known.value
  end
  local found, value = pcall(function()
    return user:metadata_get(ENTRY)
  end)
  if not found then
    value = nil
  end
  cache[user.username] = { value = value, at = now }
  return value
end

function dovecot_lua_notify_end_txn(ctx)
  local names = {}
  for name in pairs(ctx.folders) do
    names[#names + 1] = quote(name)
  end
  if #names == 0 then
    return
  end
  local value = target_of(ctx.user)
  if value == nil then
    return
  end
  local url, expires = value:match("^(https?://%S+) (%d+)$")
  if url == nil or tonumber(expires) < os.time() then
    return
  end
  local request = client:request({ url = url, method = "POST" })
  request:add_header("content-type", "application/json")
  request:set_payload('{"user":' .. quote(ctx.user.username) .. ',"folders":[' .. table.concat(names, ",") .. "]}")
  local response = request:submit()
  if response:status() >= 300 then
    dovecot.i_info("letterbox push hint not taken: " .. response:status() .. " " .. (response:reason() or ""))
  end
end
