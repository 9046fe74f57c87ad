// Browser test of the web desk and the simulator page, run by desk_e2e.sh against the service as its own process.
// Debian's chromium, headless, driven by playwright-core. Prints one "N passed, N failed" line last.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const BASE = process.env.BASE;
const DLL = process.env.DLL;
const ART = process.env.ARTIFACTS;
const TMP = process.env.TMPDIR;
const WARD = "Phường Hòa Bình (demo)";
const ECONOMY = "Phòng Kinh tế, Hạ tầng và Đô thị";
const WRITTEN = "Phòng Quản lý đô thị phường";
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

let passed = 0, failed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ok   ${name}`);
    return true;
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name}\n       ${String(e && e.message || e).split("\n").slice(0, 6).join("\n       ")}`);
    return false;
  }
}
function assert(cond, message) { if (!cond) throw new Error(message); }
function finish() { console.log(`${passed} passed, ${failed} failed`); process.exit(failed === 0 ? 0 : 1); }

// Dates in the ward's time zone, as the service sees them.
const dayFmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });
const today = new Date(dayFmt.format(new Date()) + "T00:00:00Z");
const plus = days => new Date(today.getTime() + days * 86400000);
const iso = d => d.toISOString().slice(0, 10);
const vn = d => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
const excelSerial = isoDate => Math.round((Date.parse(isoDate + "T00:00:00Z") - Date.UTC(1899, 11, 30)) / 86400000);

const NOTICE = `ỦY BAN NHÂN DÂN
PHƯỜNG HÒA BÌNH
Số: 77/TB-UBND
Hòa Bình, ngày ${String(today.getUTCDate()).padStart(2, "0")} tháng ${String(today.getUTCMonth() + 1).padStart(2, "0")} năm ${today.getUTCFullYear()}
THÔNG BÁO
Kết luận của đồng chí Chủ tịch UBND phường tại cuộc họp kiểm tra công tác trật tự đô thị

1. ${WRITTEN}
- Ra quân lập lại trật tự vỉa hè trên tuyến đường Lê Lợi, hoàn thành trước ngày ${vn(plus(10))}.
- Lập danh sách các hộ kinh doanh lấn chiếm lòng đường, báo cáo Chủ tịch UBND phường trước ngày ${vn(plus(12))}.
2. Phòng Văn hóa - Xã hội
- Tuyên truyền nếp sống văn minh đô thị tại các tổ dân phố, hoàn thành trước ngày ${vn(plus(15))}.
3. Công an phường
- Phối hợp bảo đảm an ninh trật tự trong đợt ra quân, hoàn thành trước ngày ${vn(plus(10))}.

Nơi nhận:
- Lưu: VT.
`;

async function simSend(chat, text) {
  const r = await fetch(`${BASE}/sim/api/chats/${chat}/send`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
  assert(r.ok, `send to ${chat}: HTTP ${r.status} ${await r.text()}`);
}
async function botMessages(chat) {
  const all = [];
  for (let after = 0; ;) {
    const r = await (await fetch(`${BASE}/sim/api/chats/${chat}/messages?after=${after}`)).json();
    all.push(...r.bot);
    if (r.bot.length < 200) return all;
    after = r.bot[r.bot.length - 1].id;
  }
}
async function waitBot(chat, afterId, pattern, ms = 15000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise(r => setTimeout(r, 200))) {
    const m = (await botMessages(chat)).find(x => x.id > afterId && pattern.test(x.text));
    if (m) return m;
  }
  throw new Error(`no bot message in ${chat} matching ${pattern}`);
}
const lastId = async chat => Math.max(0, ...(await botMessages(chat)).map(m => m.id));
function cli(...args) { return execFileSync("dotnet", [DLL, ...args], { encoding: "utf8", env: process.env }); }
async function shot(page, name, fullPage = false) { await page.screenshot({ path: path.join(ART, name), fullPage }); }
async function flash(page) { return (await page.locator("p.flash").first().textContent({ timeout: 5000 })).trim(); }

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const desktop = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN", acceptDownloads: true });
const page = await desktop.newPage();
page.on("dialog", d => d.accept());
page.setDefaultTimeout(10000);

let link = null, docId = null, phone = null;
try {
  // --- sign in through the bot's link ---------------------------------------------------------
  await step("/web sent by the clerk in the simulator answers with a one-time sign-in link", async () => {
    const before = await lastId("sim-clerk");
    await simSend("sim-clerk", "/web");
    const m = await waitBot("sim-clerk", before, /\/desk\/signin\?token=/);
    link = m.text.match(/https?:\/\/\S+\/desk\/signin\?token=[A-Za-z0-9_-]+/)[0];
    assert(link.startsWith(BASE), `link ${link} is not on ${BASE}`);
  });
  if (!link) finish();
  const signedIn = await step("the link signs the clerk in and opens the ward's overview", async () => {
    await page.goto(`${BASE}/desk`);
    assert(await page.locator("h1", { hasText: "Đăng nhập" }).count() === 1, "anonymous /desk is not the sign-in page");
    await page.goto(link);
    await page.click("#signin");
    await page.waitForURL(`${BASE}/desk`);
    await page.locator("h1", { hasText: "Tổng quan" }).waitFor();
    assert((await page.textContent("header.top")).includes("Trần Thị Bình"), "the clerk's name is not in the header");
    await shot(page, "overview-desktop.png");
  });
  if (!signedIn) finish();
  // The same session on a phone, for the phone screenshots.
  phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "vi-VN" });
  await phone.addCookies(await desktop.cookies());
  await step("the same link a second time is refused", async () => {
    const other = await browser.newContext({ viewport: DESKTOP });
    const p = await other.newPage();
    const r = await p.goto(link);
    assert(r.status() === 400, `status ${r.status()}`);
    assert((await p.textContent("main")).includes("đã được dùng"), "no 'đã được dùng' message");
    await other.close();
  });

  // --- upload a notice, map the unknown unit, correct a deadline, confirm ----------------------
  await step("a pasted notice becomes a draft with its unknown unit flagged", async () => {
    await page.goto(`${BASE}/desk/notices`);
    await page.fill("textarea[name=text]", NOTICE);
    await page.click("#upload button[type=submit]");
    await page.waitForURL(/\/desk\/notices\/\d+/);
    docId = Number(page.url().match(/notices\/(\d+)/)[1]);
    const unknown = page.locator("article.task", { hasText: "chưa có trong danh bạ" });
    assert(await unknown.count() === 2, `expected 2 tasks flagged unknown, got ${await unknown.count()}`);
    assert((await unknown.first().textContent()).includes(WRITTEN), "the written unit name is not shown");
    assert(await page.locator(".notice-text mark.src").count() >= 4, "the tasks are not highlighted in the original text");
  });
  await step("the written unit name is mapped to an existing unit as an alias (the draft's other task follows)", async () => {
    const card = page.locator("article.task", { hasText: "Lê Lợi" });
    await card.locator("select[name=unit]").selectOption({ label: ECONOMY });
    assert(await card.locator("input[name=learnAlias]").isChecked(), "the alias box is not checked by default");
    await card.locator("form.taskform button[type=submit]").click();
    await page.waitForLoadState();
    const f = await flash(page);
    assert(f.includes(`Đã lưu «${WRITTEN}» là tên gọi khác của ${ECONOMY}`) && f.includes("1 nhiệm vụ khác"), f);
    assert(await page.locator("article.task", { hasText: "chưa có trong danh bạ" }).count() === 0, "a task is still flagged");
  });
  await step("a deadline is corrected on the draft", async () => {
    const card = page.locator("article.task", { hasText: "Tuyên truyền nếp sống" });
    await card.locator("input[name=deadline]").fill(iso(plus(18)));
    await card.locator("form.taskform button[type=submit]").click();
    await page.waitForLoadState();
    const f = await flash(page);
    assert(f.includes(`${vn(plus(15))} → ${vn(plus(18))}`), f);
    await page.locator("article.task", { hasText: "Lê Lợi" }).scrollIntoViewIfNeeded();
    await shot(page, "review-desktop.png");
    const p = await phone.newPage();
    await p.goto(`${BASE}/desk/notices/${docId}`);
    await p.locator("article.task", { hasText: "Tuyên truyền" }).scrollIntoViewIfNeeded();
    await shot(p, "review-phone.png");
    await p.close();
  });
  await step("confirming first says who gets nothing, then assigns through the same service as /xacnhan", async () => {
    await page.click("#confirm");
    await page.waitForURL(/confirm=true/);
    const ask = await page.textContent("#ask");
    assert(ask.includes("Công an phường chưa có cán bộ nào liên kết tài khoản chat"), ask);
    await page.click("#ask button.danger");
    await page.waitForURL(new RegExp(`/desk/notices/${docId}(#.*)?$`));
    const f = await flash(page);
    // It never claims a task reached someone when it did not: the police's task is named as reaching nobody.
    assert(f.startsWith("Đã giao 4 nhiệm vụ: 3 đã gửi tới 2 đơn vị; 1 chưa đến được ai — Công an phường chưa có cán bộ nào liên kết tài khoản chat: #"), f);
  });
  await step("the economy office's phone received the mapped tasks", async () => {
    await waitBot("sim-kinhte", 0, /Lê Lợi/);
  });
  await step("tasks --ward --json shows the corrected unit and deadline", async () => {
    const tasks = JSON.parse(cli("tasks", "--ward", WARD, "--json"));
    const leloi = tasks.find(t => t.text.includes("Lê Lợi"));
    const list = tasks.find(t => t.text.includes("Lập danh sách các hộ kinh doanh"));
    const vh = tasks.find(t => t.text.includes("Tuyên truyền nếp sống"));
    assert(leloi && leloi.unit === ECONOMY && leloi.assigned, JSON.stringify(leloi));
    assert(list && list.unit === ECONOMY, JSON.stringify(list));
    assert(vh && vh.deadline === iso(plus(18)), JSON.stringify(vh));
  });

  // --- the list, the task, the directory --------------------------------------------------------
  await step("the task is found in the list by an accent-free search", async () => {
    await page.goto(`${BASE}/desk/tasks?q=${encodeURIComponent("le loi")}`);
    const rows = page.locator("table.tasks tbody tr");
    assert(await rows.count() === 1, `${await rows.count()} rows`);
    const row = await rows.first().textContent();
    assert(row.includes("Lê Lợi") && row.includes(ECONOMY) && row.includes(vn(plus(10))), row);
    await page.goto(`${BASE}/desk/tasks`);
    await shot(page, "tasks-desktop.png");
  });
  await step("the task page shows its history with the web corrections", async () => {
    await page.goto(`${BASE}/desk/tasks?q=${encodeURIComponent("le loi")}`);
    await page.click("table.tasks tbody tr a");
    const history = await page.textContent("ol.history");
    assert(history.includes(`đơn vị chủ trì ${WRITTEN} → ${ECONOMY}`) && history.includes("giao nhiệm vụ"), history);
  });
  await step("the directory lists the learnt alias", async () => {
    await page.goto(`${BASE}/desk/directory`);
    const row = await page.locator("table.grid tr", { hasText: ECONOMY }).first().textContent();
    assert(row.includes(WRITTEN), row);
  });

  // --- reports: chart and the .xlsx checked against the database --------------------------------
  let xlsx = null;
  await step("the reports page shows the chart and downloads the .xlsx", async () => {
    await page.goto(`${BASE}/desk/reports`);
    await page.waitForFunction(() => { const i = document.querySelector("#chart"); return i && i.complete && i.naturalWidth > 0; });
    await shot(page, "chart-desktop.png");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    xlsx = path.join(TMP, "progress.xlsx");
    await download.saveAs(xlsx);
    fs.copyFileSync(xlsx, path.join(ART, "progress.xlsx"));
    assert(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
  });
  await step("the .xlsx rows, real dates and unit groups match the database", async () => {
    const sheet = JSON.parse(execFileSync("python3", [path.join(path.dirname(new URL(import.meta.url).pathname), "xlsx_rows.py"), xlsx], { encoding: "utf8" }));
    const tasks = JSON.parse(cli("tasks", "--ward", WARD, "--json")).filter(t => t.assigned && t.status !== "cancelled" || t.assigned);
    const rows = sheet.rows;
    assert(rows[0].cells.A === "BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", JSON.stringify(rows[0].cells));
    assert(String(rows[1].cells.A).includes(WARD), JSON.stringify(rows[1].cells));
    const header = rows.find(r => r.cells.A === "STT");
    assert(header && header.cells.J === "Ghi chú", "header row");
    const data = rows.filter(r => typeof r.cells.A === "number");
    assert(data.length === tasks.length, `${data.length} task rows for ${tasks.length} assigned tasks`);
    let group = null;
    const seenGroups = new Set();
    for (const r of rows.filter(r => r.row > header.row)) {
      if (typeof r.cells.A === "string") { group = r.cells.B; assert(!seenGroups.has(group), `unit ${group} appears twice`); seenGroups.add(group); continue; }
      const number = Number(String(r.cells.C).match(/^#(\d+)\./)[1]);
      const t = tasks.find(x => x.number === number);
      assert(t, `row ${r.row}: no task #${number}`);
      const unit = t.unit;
      assert(String(r.cells.D).startsWith(unit), `row ${r.row}: unit ${r.cells.D} ≠ ${unit}`);
      assert(group && group.startsWith(unit.split(" (")[0]) || (group || "").startsWith("Chưa xác định"), `row ${r.row} (#${number}, ${unit}) under group ${group}`);
      const due = t.original_deadline || t.deadline;
      if (due) {
        assert(r.types.F === "n" && r.cells.F === excelSerial(due) && /d.*m.*y/i.test(r.formats.F), `row ${r.row}: Hạn ${r.cells.F} (${r.types.F}, ${r.formats.F}) ≠ ${due}`);
      } else assert(r.cells.F === undefined, `row ${r.row}: Hạn without a deadline`);
      if (t.overdue) assert(String(r.cells.J).startsWith("Quá hạn"), `row ${r.row}: overdue task without the mark`);
    }
    assert(sheet.conditional.some(c => (c.formula[0] || "").includes("Quá hạn")), "no rule marks overdue rows");
    assert(sheet.widths["3"] > 40, "the Nội dung column has no width");
  });

  // --- phone viewport screenshots of the same pages ----------------------------------------------
  await step("the task list and the chart render on a 390×844 phone", async () => {
    const p = await phone.newPage();
    await p.goto(`${BASE}/desk/tasks`);
    await shot(p, "tasks-phone.png");
    await p.goto(`${BASE}/desk/reports`);
    await p.waitForFunction(() => { const i = document.querySelector("#chart"); return i && i.complete && i.naturalWidth > 0; });
    await shot(p, "chart-phone.png");
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `the reports page scrolls sideways by ${overflow}px`);
    await p.close();
  });

  // --- the simulator page: laptop, phone, monospace font, a notice-sized paste -------------------
  await step("the simulator on a 1366×768 laptop shows all four phones above the fold", async () => {
    await page.goto(`${BASE}/sim`);
    await page.waitForFunction(() => document.querySelectorAll("section.phone").length === 4);
    const boxes = await page.locator("section.phone").evaluateAll(els => els.map(e => e.getBoundingClientRect().toJSON()));
    for (const b of boxes) assert(b.bottom <= DESKTOP.height && b.right <= DESKTOP.width && b.width >= 220, `a phone at ${JSON.stringify(b)}`);
    const sends = await page.locator("form.compose button[type=submit]").evaluateAll(els => els.map(e => e.getBoundingClientRect().toJSON()));
    for (const b of sends) assert(b.bottom <= DESKTOP.height && b.right <= DESKTOP.width, `a send button at ${JSON.stringify(b)}`);
    await page.waitForFunction(() => document.querySelectorAll(".bubble").length > 4);
    await shot(page, "sim-laptop.png");
  });
  await step("code spans are drawn one glyph per letter in one font (no detached Vietnamese accents)", async () => {
    // Chromium says which installed fonts drew a node's text: "#số xong" must come from one font, not a mono font plus a fallback for "ố".
    const probe = await page.evaluate(() => {
      const code = [...document.querySelectorAll("section.phone code")].find(c => /[ốộ]/.test(c.textContent));
      if (!code) return null;
      code.setAttribute("data-probe", "1");
      return { text: code.textContent, family: getComputedStyle(code).fontFamily };
    });
    assert(probe, "no code span with ố on the page");
    const cdp = await desktop.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "code[data-probe]" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    await cdp.detach();
    // A font without "ố" makes Chromium draw "ô" and a separate combining accent: one glyph more than the letters.
    const glyphs = fonts.reduce((n, f) => n + f.glyphCount, 0);
    const letters = [...probe.text.normalize("NFC")].length;
    assert(fonts.length === 1 && glyphs === letters, `"${probe.text}" (${probe.family}): ${letters} letters drawn as ${glyphs} glyphs with ${JSON.stringify(fonts.map(f => [f.familyName, f.glyphCount]))}`);
  });
  await step("a notice-sized paste (over 4,096 characters) is accepted and read", async () => {
    const long = NOTICE.replace("77/TB-UBND", "78/TB-UBND").replace("- Lưu: VT.",
      Array.from({ length: 40 }, (_, i) => `- Lưu: VT (bản ${i + 1}); đề nghị các tổ dân phố niêm yết công khai nội dung thông báo này tại nhà văn hóa.`).join("\n"));
    assert(long.length > 4096, `only ${long.length} characters`);
    const before = await lastId("sim-clerk");
    const clerk = page.locator("section.phone", { hasText: "Văn phòng" }).first();
    await clerk.locator("textarea").fill(long);
    await clerk.locator("form.compose button[type=submit]").click();
    await waitBot("sim-clerk", before, /nhiệm vụ/);
  });
  await step("the simulator on a 390×844 phone shows every tab and the send button", async () => {
    const simPhone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "vi-VN" });
    const p = await simPhone.newPage();
    await p.goto(`${BASE}/sim`);
    await p.waitForFunction(() => document.querySelectorAll("nav.tabs button").length >= 4);
    const tabs = await p.locator("nav.tabs button").evaluateAll(els => els.map(e => ({ text: e.textContent, ...e.getBoundingClientRect().toJSON() })));
    for (const t of tabs) assert(t.left >= 0 && t.right <= PHONE.width && t.bottom <= PHONE.height && t.width > 40, `tab ${JSON.stringify(t)}`);
    const send = await p.locator("section.phone.active form.compose button[type=submit]").evaluate(e => e.getBoundingClientRect().toJSON());
    assert(send.bottom <= PHONE.height && send.right <= PHONE.width, `send button at ${JSON.stringify(send)}`);
    await p.locator("nav.tabs button", { hasText: "Văn phòng" }).click();
    await p.waitForFunction(() => document.querySelectorAll("section.phone.active .bubble").length > 2);
    await shot(p, "sim-phone.png");
    await simPhone.close();
  });
} catch (e) {
  failed++;
  console.log(`  FAIL unexpected: ${e && e.stack || e}`);
} finally {
  await browser.close();
}
finish();
