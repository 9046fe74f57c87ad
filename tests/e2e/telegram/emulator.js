#!/usr/bin/env node
// Telegram Bot API emulator for the end-to-end test: the npm package telegram-test-api (pinned in package.json) keeps
// the chats (user and bot messages, ids, webhooks); this file answers the bot's HTTP calls the way api.telegram.org
// does for the methods ChatBot uses, and gives the test a small harness API to play the users.
//
//   node emulator.js --port N        (binds 127.0.0.1 only; prints "listening http://127.0.0.1:N")
//   node emulator.js --port N --enforce-rate-limits [--max-per-second 30]   (or TG_EMU_ENFORCE_RATE_LIMITS=1)
//
// Rate limits (off unless asked for): Telegram's documented limits for a bot, applied to the sending methods
// (sendMessage, sendDocument, sendPhoto) when the request arrives, per bot token:
//   - overall: at most --max-per-second (30) sends in any sliding 1-second window;
//   - per chat: a bucket of PER_CHAT_BURST (3) sends refilled at 1 a second, so a chat may get 3 back to back and then
//     1 a second (Telegram tolerates short bursts; the exact size is not published, 3 is our explicit choice);
//   - per group (negative chat id): at most 20 sends in any sliding 60-second window.
// A send over a limit answers 429 {description: "Too Many Requests: retry after N", parameters: {retry_after: N}} (N in
// whole seconds, at least 1), sends nothing and takes nothing from the budget. Every such 429 is counted:
// GET /harness/limits?token=T → {enforced, max_per_second, per_chat_burst, group_per_minute, sends, too_many_requests,
// by_limit: {global, chat, group}}; POST /harness/limits {token, reset: true} zeroes the counts.
//
// Bot side  (ChatBot sets Telegram:ApiBaseUrl to http://127.0.0.1:N):
//   /bot<T>/getMe, getUpdates (offset confirms, limit, long-poll timeout, 409 while a webhook is set), setWebhook
//   (deliveries carry X-Telegram-Bot-Api-Secret-Token; failures are retried), deleteWebhook, sendMessage,
//   editMessageText, answerCallbackQuery, setMyCommands, sendChatAction, deleteMessage, getFile + /file/bot<T>/<path>,
//   sendDocument and sendPhoto (multipart, including the attach://<part> form Telegram.Bot sends). HTML is checked as
//   Telegram does (allowed tags, balanced, '<' escaped), text ≤ 4096 and captions ≤ 1024 after markup, callback_data
//   1–64 bytes. Blocked chats answer 403; injected faults (429 + retry_after, 5xx…) answer before anything else.
// Harness side (tests/e2e/telegram/tgclient.py): /harness/health, upload, send, press, messages (with time_ms, when the
//   bot's call arrived), answers, block, fail, webhook, limits. Unknown Bot API methods answer 404 {ok:false} and are logged, so a missing method is seen, not hidden.
'use strict';

const http = require('http');
const crypto = require('crypto');
const TelegramServer = require('telegram-test-api');

const arg = (name) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const port = Number(arg('--port') || 0);
const LIMITS = {
  enforced: process.argv.includes('--enforce-rate-limits') || /^(1|true|yes)$/i.test(process.env.TG_EMU_ENFORCE_RATE_LIMITS || ''),
  maxPerSecond: Number(arg('--max-per-second') || process.env.TG_EMU_MAX_PER_SECOND || 30),
  perChatBurst: 3,
  groupPerMinute: 20,
};
// Used for its storage and numbering only: never started, so it listens nowhere.
const tg = new TelegramServer({ host: '127.0.0.1', storeTimeout: 86400 });
const log = (...a) => console.error('[tg]', ...a);

// ------------------------------------------------------------------ state kept beside the package's storage
const files = new Map();     // file_id -> {file_id, file_unique_id, file_path, file_name, mime_type, data, token}
const blocked = new Set();   // `${token}|${chatId}`
const answers = [];          // answerCallbackQuery calls
const commands = new Map();  // token -> setMyCommands list
let faults = [];             // {token, method, chat_id, count, response}
const waiters = new Set();   // long polls waiting for a user update
const hooks = new Map();     // token -> {url, secret, busy}

const rate = new Map();       // token -> {global: [arrival ms], chats: Map(chat -> {tokens, at}), groups: Map(chat -> [ms]), counts}

// ------------------------------------------------------------------ Telegram's limits (see the header)
const RATE_LIMITED = new Set(['sendmessage', 'senddocument', 'sendphoto']);
function rateOf(token) {
  if (!rate.has(token)) rate.set(token, { global: [], chats: new Map(), groups: new Map(), counts: { sends: 0, too_many_requests: 0, by_limit: { global: 0, chat: 0, group: 0 } } });
  return rate.get(token);
}
// Throws a 429 when the send would exceed a limit; otherwise takes one slot of each limit it falls under.
function admit(token, method, params) {
  if (!LIMITS.enforced || !RATE_LIMITED.has(method)) return;
  const r = rateOf(token);
  const now = Date.now();
  const chat = String(params.chat_id);
  r.global = r.global.filter((t) => t > now - 1000);
  let bucket = r.chats.get(chat);
  if (!bucket) r.chats.set(chat, bucket = { tokens: LIMITS.perChatBurst, at: now });
  bucket.tokens = Math.min(LIMITS.perChatBurst, bucket.tokens + (now - bucket.at) / 1000);
  bucket.at = now;
  const isGroup = Number(chat) < 0;
  const group = isGroup ? (r.groups.get(chat) || []).filter((t) => t > now - 60000) : null;
  if (isGroup) r.groups.set(chat, group);
  let limit = null; let waitMs = 0;
  if (r.global.length >= LIMITS.maxPerSecond) { limit = 'global'; waitMs = r.global[0] + 1000 - now; }
  else if (bucket.tokens < 1) { limit = 'chat'; waitMs = (1 - bucket.tokens) * 1000; }
  else if (isGroup && group.length >= LIMITS.groupPerMinute) { limit = 'group'; waitMs = group[0] + 60000 - now; }
  if (limit) {
    r.counts.too_many_requests++;
    r.counts.by_limit[limit]++;
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    log(`${method} chat ${chat} -> 429 (${limit} limit), retry after ${retryAfter}`);
    throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
  }
  r.global.push(now);
  bucket.tokens -= 1;
  if (isGroup) group.push(now);
  r.counts.sends++;
}

// The package posts to a webhook itself, without the secret header and without retries: store every update instead
// and deliver it here.
tg.addUserUpdate = async function addUserUpdate(update) {
  this.storage.userMessages.push(update);
  this.updateId++;
  setImmediate(() => { for (const w of [...waiters]) w(); deliver(update.botToken); });
};

// ------------------------------------------------------------------ helpers
class ApiError extends Error {
  constructor(code, description, parameters) { super(description); this.code = code; this.parameters = parameters; }
}
const bad = (what) => new ApiError(400, `Bad Request: ${what}`);
function json(res, status, body) {
  const b = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': b.length });
  res.end(b);
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
const botUser = (token) => ({ id: Number(String(token).split(':')[0]) || 1, is_bot: true, first_name: 'ChatBot', username: `test${String(token).split(':')[0]}_bot` });
const chatOf = (id) => (Number(id) > 0 ? { id: Number(id), type: 'private', first_name: `User ${id}` } : { id: Number(id), type: 'group', title: 'Nhóm' });

// multipart/form-data: .NET writes names unquoted and may send filename*=utf-8''…
function parseMultipart(buf, boundary) {
  const fields = {}; const parts = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delim);
  while (pos !== -1) {
    pos += delim.length;
    if (buf.slice(pos, pos + 2).toString() === '--') break;
    const headEnd = buf.indexOf('\r\n\r\n', pos);
    const next = headEnd < 0 ? -1 : buf.indexOf(delim, headEnd + 4);
    if (next < 0) break;
    const head = buf.slice(pos + 2, headEnd).toString('utf8');
    const body = buf.slice(headEnd + 4, next - 2);
    const disposition = (/content-disposition:\s*([^\r\n]+)/i.exec(head) || [])[1] || '';
    const param = (key) => { const m = new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;]*))`, 'i').exec(disposition); return m ? (m[1] ?? m[2].trim()) : undefined; };
    const name = param('name');
    const star = param('filename\\*');
    const filename = star !== undefined ? decodeURIComponent(star.replace(/^[^']*'[^']*'/, '')) : param('filename');
    const type = (/content-type:\s*([^\r\n;]+)/i.exec(head) || [])[1];
    if (name !== undefined) {
      if (filename !== undefined) parts[name] = { filename, type, data: body };
      else fields[name] = body.toString('utf8');
    }
    pos = next;
  }
  return { fields, parts };
}

async function readParams(req, url) {
  const params = Object.fromEntries(url.searchParams);
  let uploads = {};
  if (req.method === 'POST') {
    const buf = await readBody(req);
    const type = String(req.headers['content-type'] || '');
    if (buf.length && /application\/json/i.test(type)) Object.assign(params, JSON.parse(buf.toString('utf8')));
    else if (buf.length && /multipart\/form-data/i.test(type)) {
      const { fields, parts } = parseMultipart(buf, (/boundary="?([^";]+)"?/i.exec(type) || [])[1]);
      Object.assign(params, fields);
      uploads = parts;
      // Telegram's attach://<name>: the field names another part of the same request that holds the file.
      for (const [k, v] of Object.entries(fields)) {
        const m = /^attach:\/\/(.+)$/.exec(String(v));
        if (m && parts[m[1]]) { uploads[k] = parts[m[1]]; delete params[k]; }
      }
    } else if (buf.length) Object.assign(params, Object.fromEntries(new URLSearchParams(buf.toString('utf8'))));
  }
  for (const k of ['reply_markup', 'reply_parameters', 'allowed_updates', 'commands']) {
    if (typeof params[k] === 'string' && /^\s*[[{]/.test(params[k])) params[k] = JSON.parse(params[k]);
  }
  return { params, uploads };
}

// ------------------------------------------------------------------ Telegram's checks on text
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span']);
function plainText(text, mode) {
  text = String(text ?? '');
  if (!mode || String(mode).toLowerCase() !== 'html') return text;
  const stack = [];
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) throw bad(`can't parse entities: Unclosed start tag at byte offset ${i}`);
      const inner = text.slice(i + 1, end).trim();
      const closing = inner.startsWith('/');
      const name = (closing ? inner.slice(1) : inner).split(/\s/)[0].toLowerCase();
      if (!TAGS.has(name)) throw bad(`can't parse entities: Unsupported start tag "${name}" at byte offset ${i}`);
      if (closing && stack.pop() !== name) throw bad(`can't parse entities: Unmatched end tag at byte offset ${i}`);
      if (!closing) stack.push(name);
      i = end + 1;
    } else if (text[i] === '&') {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(text.slice(i, i + 10));
      if (!m) { out += '&'; i++; continue; }
      const e = m[1].toLowerCase();
      out += e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"'
        : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      i += m[0].length;
    } else out += text[i++];
  }
  if (stack.length) throw bad(`can't parse entities: Can't find end tag corresponding to start tag "${stack.pop()}"`);
  return out;
}
function checkText(text, mode, max, what) {
  const plain = plainText(text, mode);
  if (what === 'text' && !plain.trim()) throw bad('message text is empty');
  if (plain.length > max) throw bad(what === 'caption' ? 'message caption is too long' : 'message is too long');
  return plain;
}
function checkMarkup(markup) {
  for (const row of (markup && markup.inline_keyboard) || []) {
    for (const b of row) {
      const n = Buffer.byteLength(String(b.callback_data ?? 'x'), 'utf8');
      if (n < 1 || n > 64) throw bad('BUTTON_DATA_INVALID');
    }
  }
}

// ------------------------------------------------------------------ messages as Telegram shows them
function botRecord(token, chatId, messageId) {
  return tg.storage.botMessages.find((r) => r.botToken === token && String(r.message.chat_id) === String(chatId) && String(r.messageId) === String(messageId));
}
function messageOf(rec) {
  const p = rec.message;
  const m = { message_id: rec.messageId, from: botUser(rec.botToken), chat: chatOf(p.chat_id), date: Math.floor(rec.time / 1000) };
  if (p.text !== undefined) m.text = plainText(p.text, p.parse_mode);
  if (p.caption !== undefined) m.caption = plainText(p.caption, p.parse_mode);
  if (p.document) m.document = p.document;
  if (p.photo) m.photo = p.photo;
  if (p.reply_markup && p.reply_markup.inline_keyboard) m.reply_markup = { inline_keyboard: p.reply_markup.inline_keyboard };
  if (rec.editCount) m.edit_date = Math.floor(Date.now() / 1000);
  const replyTo = p.reply_parameters ? p.reply_parameters.message_id : p.reply_to_message_id;
  if (replyTo !== undefined) m.reply_to_message = { message_id: Number(replyTo), chat: chatOf(p.chat_id), date: m.date };
  return m;
}
function updateOf(u) {
  if (u.myChatMember) return { update_id: u.updateId, my_chat_member: u.myChatMember };
  if (u.callbackQuery) {
    const q = u.callbackQuery;
    return { update_id: u.updateId, callback_query: { id: String(u.callbackId), from: q.from, message: q.message, chat_instance: String(q.message.chat.id), data: q.data } };
  }
  const { botToken, ...message } = u.message;
  return { update_id: u.updateId, message: { ...message, message_id: u.messageId } };
}
const pending = (token) => tg.storage.userMessages.filter((u) => u.botToken === token && !u.isRead).sort((a, b) => a.updateId - b.updateId);

function storeFile(token, data, name, mime, folder) {
  const id = `F${crypto.randomBytes(9).toString('base64url')}`;
  const f = { file_id: id, file_unique_id: `U${crypto.randomBytes(5).toString('hex')}`, file_size: data.length, file_path: `${folder}/${files.size + 1}_${name}`, file_name: name, mime_type: mime || 'application/octet-stream', data, token };
  files.set(id, f);
  return f;
}
const documentOf = (f) => ({ file_id: f.file_id, file_unique_id: f.file_unique_id, file_name: f.file_name, mime_type: f.mime_type, file_size: f.file_size });

// The package numbers and stores the message; it is the newest record afterwards.
function addBotMessage(token, params) {
  tg.addBotMessage({ ...params }, token);
  return tg.storage.botMessages[tg.storage.botMessages.length - 1];
}

function requireChat(token, p) {
  if (p.chat_id === undefined || p.chat_id === '') throw bad('chat_id is empty');
  if (blocked.has(`${token}|${p.chat_id}`)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
}

// ------------------------------------------------------------------ webhook delivery (with the secret header, retried)
async function deliver(token) {
  const hook = hooks.get(token);
  if (!hook || hook.busy) return;
  hook.busy = true;
  try {
    // Until nothing is pending: updates that arrive while a delivery is in flight find the hook busy and are taken
    // by this loop's next round (a single pass over a snapshot would leave them undelivered until the next update).
    for (let batch = pending(token); batch.length; batch = pending(token)) for (const u of batch) {
      if (hooks.get(token) !== hook) return;
      const headers = { 'Content-Type': 'application/json' };
      if (hook.secret) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret;
      let ok = false;
      try { ok = (await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(updateOf(u)), signal: AbortSignal.timeout(10000) })).ok; } catch (e) { ok = false; }
      if (!ok) { hook.lastError = Math.floor(Date.now() / 1000); setTimeout(() => deliver(token), 1000).unref(); return; }
      u.isRead = true;
    }
  } finally { hook.busy = false; }
}

// ------------------------------------------------------------------ Bot API
const methods = {
  getme: ({ token }) => botUser(token),
  getupdates: ({ token, params, req }) => {
    if (hooks.has(token)) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(params.offset || 0);
    if (offset > 0) tg.storage.userMessages.forEach((u) => { if (u.botToken === token && u.updateId < offset) u.isRead = true; });
    const limit = Math.min(Math.max(Number(params.limit) || 100, 1), 100);
    const take = () => pending(token).slice(0, limit).map(updateOf);
    const now = take();
    const timeout = Math.min(Number(params.timeout) || 0, 50);
    if (now.length || !timeout) return now;
    return new Promise((resolve) => {
      const done = (r) => { clearTimeout(timer); waiters.delete(wake); resolve(r); };
      const wake = () => { const r = take(); if (r.length) done(r); };
      const timer = setTimeout(() => done([]), timeout * 1000);
      waiters.add(wake);
      req.on('close', () => done(null));
    });
  },
  setwebhook: ({ token, params }) => {
    if (!params.url) { hooks.delete(token); return true; }
    if (params.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(params.secret_token)) throw bad('secret token contains unallowed characters');
    hooks.set(token, { url: params.url, secret: params.secret_token, busy: false });
    setImmediate(() => deliver(token));
    return true;
  },
  deletewebhook: ({ token, params }) => {
    hooks.delete(token);
    if (String(params.drop_pending_updates) === 'true') pending(token).forEach((u) => { u.isRead = true; });
    return true;
  },
  sendmessage: ({ token, params }) => {
    requireChat(token, params);
    checkText(params.text, params.parse_mode, 4096, 'text');
    checkMarkup(params.reply_markup);
    return messageOf(addBotMessage(token, params));
  },
  editmessagetext: ({ token, params }) => {
    requireChat(token, params);
    const rec = botRecord(token, params.chat_id, params.message_id);
    if (!rec) throw bad('message to edit not found');
    checkText(params.text, params.parse_mode, 4096, 'text');
    checkMarkup(params.reply_markup);
    if (rec.message.text === params.text && JSON.stringify(rec.message.reply_markup || null) === JSON.stringify(params.reply_markup || null))
      throw bad('message is not modified');
    rec.message = { ...rec.message, text: params.text, parse_mode: params.parse_mode, reply_markup: params.reply_markup };
    rec.editCount = (rec.editCount || 0) + 1;
    rec.isRead = false;
    return messageOf(rec);
  },
  senddocument: ({ token, params, uploads }) => sendFile(token, params, uploads, 'document'),
  sendphoto: ({ token, params, uploads }) => sendFile(token, params, uploads, 'photo'),
  answercallbackquery: ({ token, params }) => {
    if (!tg.storage.userMessages.some((u) => u.botToken === token && u.callbackQuery && String(u.callbackId) === String(params.callback_query_id)))
      throw bad('query is too old and response timeout expired or query ID is invalid');
    answers.push({ token, callback_query_id: String(params.callback_query_id), text: params.text, show_alert: String(params.show_alert) === 'true' });
    return true;
  },
  setmycommands: ({ token, params }) => {
    for (const c of params.commands || []) if (!/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256) throw bad('BOT_COMMAND_INVALID');
    commands.set(token, params.commands || []);
    return true;
  },
  sendchataction: ({ token, params }) => { requireChat(token, params); return true; },
  deletemessage: ({ token, params }) => {
    const rec = botRecord(token, params.chat_id, params.message_id);
    if (!rec) throw bad('message to delete not found');
    tg.removeBotMessage(rec.updateId);
    return true;
  },
  getfile: ({ token, params }) => {
    const f = files.get(String(params.file_id));
    if (!f || f.token !== token) throw bad('invalid file_id');
    if (f.file_size > 20 * 1024 * 1024) throw bad('file is too big');
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size, file_path: f.file_path };
  },
};

function sendFile(token, params, uploads, kind) {
  requireChat(token, params);
  const part = uploads[kind];
  let f;
  if (part) f = storeFile(token, part.data, part.filename || (kind === 'photo' ? 'photo.jpg' : 'file'), part.type, kind === 'photo' ? 'photos' : 'documents');
  else if (files.has(String(params[kind]))) f = files.get(String(params[kind]));
  else throw bad(`there is no ${kind} in the request`);
  if (params.caption !== undefined) checkText(params.caption, params.parse_mode, 1024, 'caption');
  checkMarkup(params.reply_markup);
  const stored = { ...params };
  delete stored[kind];
  if (kind === 'photo') stored.photo = [{ file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size, width: 0, height: 0 }];
  else stored.document = documentOf(f);
  return messageOf(addBotMessage(token, stored));
}

function takeFault(token, method, params) {
  const i = faults.findIndex((x) => (x.token === '*' || x.token === token) && (x.method === '*' || x.method.toLowerCase() === method)
    && (x.chat_id == null || String(x.chat_id) === String(params.chat_id)));
  if (i < 0) return null;
  const f = faults[i];
  if (--f.count <= 0) faults.splice(i, 1);
  return f.response;
}

async function botApi(req, res, url, token, method) {
  const name = method.toLowerCase();
  try {
    const { params, uploads } = await readParams(req, url);
    const fault = takeFault(token, name, params);
    if (fault) { log(`${method} -> injected ${fault.error_code}`); return json(res, fault.error_code, fault); }
    const handler = methods[name];
    if (handler) admit(token, name, params);
    if (!handler) { log(`${method} -> 404: not emulated`); throw new ApiError(404, `Not Found: method ${method} is not emulated`); }
    const result = await handler({ token, params, uploads, req });
    if (result === null || res.writableEnded) return;
    return json(res, 200, { ok: true, result });
  } catch (e) {
    if (!(e instanceof ApiError)) { log(e.stack || e); e = new ApiError(500, `Internal Server Error: ${e.message}`); }
    if (name !== 'getupdates') log(`${method} -> ${e.code} ${e.message}`);
    const body = { ok: false, error_code: e.code, description: e.message };
    if (e.parameters) body.parameters = e.parameters;
    return json(res, e.code, body);
  }
}

// ------------------------------------------------------------------ harness: the users' side
async function harness(req, res, url) {
  const q = Object.fromEntries(url.searchParams);
  const route = url.pathname.slice('/harness/'.length);
  const body = async () => { const b = await readBody(req); return b.length ? JSON.parse(b.toString('utf8')) : {}; };
  const ok = (result) => json(res, 200, { ok: true, result });
  const fail = (status, description) => json(res, status, { ok: false, description });
  switch (route) {
    case 'health': return ok({ package: 'telegram-test-api', url: `http://127.0.0.1:${server.address().port}` });
    case 'upload': {
      const data = await readBody(req);
      return ok(documentOf(storeFile(q.token, data, q.name || 'file.bin', q.mime, 'documents')));
    }
    case 'send': {
      const b = await body();
      const chatId = b.chat_id ?? b.user_id;
      const message = { botToken: b.token, from: { id: b.user_id, is_bot: false, first_name: b.first_name || `User ${b.user_id}` }, chat: chatOf(chatId), date: Math.floor(Date.now() / 1000) };
      if (b.text !== undefined) {
        message.text = b.text;
        if (b.text.startsWith('/')) message.entities = [{ offset: 0, length: b.text.split(/\s/)[0].length, type: 'bot_command' }];
      }
      if (b.document) message.document = b.document;
      if (b.caption) message.caption = b.caption;
      if (b.reply_to != null) {
        const rec = botRecord(b.token, chatId, b.reply_to);
        if (!rec) return fail(400, `no bot message ${b.reply_to} in chat ${chatId}`);
        message.reply_to_message = messageOf(rec);
      }
      const ids = { message_id: tg.messageId, update_id: tg.updateId };
      await tg.addUserMessage(message);
      return ok(ids);
    }
    case 'press': {
      const b = await body();
      const chatId = b.chat_id ?? b.user_id;
      const rec = botRecord(b.token, chatId, b.message_id);
      const buttons = rec ? ((rec.message.reply_markup || {}).inline_keyboard || []).flat() : [];
      if (!buttons.some((x) => x.callback_data === b.data)) return fail(400, `message ${b.message_id} in chat ${chatId} has no button "${b.data}"`);
      const ids = { callback_query_id: String(tg.callbackId), update_id: tg.updateId };
      await tg.addUserCallback({ botToken: b.token, from: { id: b.user_id, is_bot: false, first_name: `User ${b.user_id}` }, message: messageOf(rec), data: b.data });
      return ok(ids);
    }
    case 'messages': {
      const rows = tg.storage.botMessages.filter((r) => r.botToken === q.token && (!q.chat_id || String(r.message.chat_id) === String(q.chat_id)) && (!q.unread || !r.isRead));
      if (q.mark) rows.forEach((r) => { r.isRead = true; });
      return ok(rows.map((r) => ({ ...messageOf(r), edited: Boolean(r.editCount), html: r.message.text ?? r.message.caption, time_ms: r.time })));
    }
    case 'answers': return ok(answers.filter((a) => a.token === q.token));
    case 'limits': {
      const b = req.method === 'POST' ? await body() : q;
      const r = rateOf(b.token);
      if (b.reset) { r.counts = { sends: 0, too_many_requests: 0, by_limit: { global: 0, chat: 0, group: 0 } }; }
      return ok({ enforced: LIMITS.enforced, max_per_second: LIMITS.maxPerSecond, per_chat_burst: LIMITS.perChatBurst, group_per_minute: LIMITS.groupPerMinute, ...r.counts });
    }
    case 'commands': return ok(commands.get(q.token) || []);
    case 'webhook': { const h = hooks.get(q.token); return ok(h ? { url: h.url, secret_set: Boolean(h.secret), last_error_date: h.lastError } : null); }
    case 'block': {
      const b = await body();
      const key = `${b.token}|${b.chat_id}`;
      const now = b.blocked !== false;
      if (now === blocked.has(key)) return ok({ changed: false });
      if (now) blocked.add(key); else blocked.delete(key);
      // Telegram tells the bot with a my_chat_member update.
      const bot = botUser(b.token);
      const member = { status: 'member', user: bot };
      const kicked = { status: 'kicked', user: bot, until_date: 0 };
      await tg.addUserUpdate({ botToken: b.token, time: Date.now(), updateId: tg.updateId, isRead: false,
        myChatMember: { chat: chatOf(b.chat_id), from: { id: Number(b.chat_id), is_bot: false, first_name: `User ${b.chat_id}` }, date: Math.floor(Date.now() / 1000), old_chat_member: now ? member : kicked, new_chat_member: now ? kicked : member } });
      return ok({ changed: true });
    }
    case 'fail': {
      const b = await body();
      const code = Number(b.error_code || 429);
      const response = { ok: false, error_code: code, description: b.description || (code === 429 ? `Too Many Requests: retry after ${b.retry_after || 5}` : `Injected error ${code}`) };
      if (code === 429 || b.retry_after !== undefined) response.parameters = { retry_after: Number(b.retry_after || 5) };
      faults.push({ token: b.token || '*', method: b.method || '*', chat_id: b.chat_id, count: Number(b.count || 1), response });
      return ok(response);
    }
    default: return fail(404, `unknown harness route ${route}`);
  }
}

// ------------------------------------------------------------------ front door
const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let m;
    if ((m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname))) return await botApi(req, res, url, decodeURIComponent(m[1]), m[2]);
    if ((m = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname))) {
      const f = [...files.values()].find((x) => x.token === decodeURIComponent(m[1]) && x.file_path === decodeURIComponent(m[2]));
      if (!f) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'Content-Type': f.mime_type, 'Content-Length': f.data.length });
      return res.end(f.data);
    }
    if (url.pathname.startsWith('/harness/')) return await harness(req, res, url);
    return json(res, 404, { ok: false, description: `no route ${url.pathname}` });
  } catch (e) {
    log(e.stack || e);
    if (!res.headersSent) json(res, 500, { ok: false, description: String(e.message || e) });
  }
});
server.listen(port, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}`));
const stop = () => { for (const w of [...waiters]) w(); server.close(); setTimeout(() => process.exit(0), 100).unref(); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
