import {
  accountOf,
  cancelCharge,
  cardToken,
  closeVisit,
  enrolledResident,
  hisPost,
  items,
  PILOT_HOSPITAL,
  postCharge,
  RESIDENTS,
  signAgreementViaApi,
  uniqueId,
} from "./clinic-helpers";
import { expect, signInViaApi, test, uniqueIp, uniquePhone, wordsPattern } from "./fixtures";
import { signInOnScreen } from "./resident-helpers";
import { SANDBOX_HEADERS } from "./sandbox-token";

const yuan = (fen: number) =>
  `¥${Math.floor(fen / 100).toLocaleString("en-US")}.${String(fen % 100).padStart(2, "0")}`;

test.describe("Clinic on credit", { tag: ["@clinic", "@resident"] }, () => {
  test("a newcomer enrols, shows the card, sees three charges arrive live, and pays the bill", async ({
    page,
    t,
    appLocale,
  }) => {
    test.setTimeout(120_000);
    const resident = RESIDENTS.tier3;
    // Signed out: what the service is, and a way to sign in that comes back here.
    await page.goto("/clinic");
    await expect(page.getByTestId("clinic-intro")).toContainText(t("clinicUi.intro.settle"));
    await expect(page.getByTestId("signed-out")).toContainText(t("clinicUi.signedOut"));
    await signInOnScreen(page, uniquePhone(), "/clinic", appLocale === "en" ? "en" : "zh-CN");

    // The payment agreement comes first: the page says so and leads to where it is signed.
    const needed = page.getByTestId("clinic-agreement-needed");
    await expect(needed).toContainText(t("clinicUi.agreementNeeded.heading"));
    await needed.getByRole("link", { name: t("clinicUi.agreementNeeded.link") }).click();
    await expect(page).toHaveURL("/me/vehicles");
    const agreement = page.getByTestId("agreement");
    await agreement.getByRole("button", { name: t("vehicles.agreement.sign") }).click();
    await expect(agreement).toHaveAttribute("data-status", "active");
    await page.goto("/clinic");

    // Enrolment: the consent must be ticked; a wrong number is explained beside its field.
    const form = page.getByTestId("enrol-form");
    await expect(page.getByTestId("consent-version")).toContainText("2026-12-v1");
    await form.getByLabel(t("clinicUi.enrol.name")).fill(resident.name);
    const idField = form.getByLabel(t("clinicUi.enrol.idNumber"));
    await idField.fill(`${resident.idNumber.slice(0, 17)}${resident.idNumber[17] === "7" ? "8" : "7"}`);
    await form.getByRole("button", { name: t("clinicUi.enrol.submit") }).click();
    await expect(page.getByTestId("enrol-issue-consent")).toHaveText(t("clinicUi.enrol.consentMissing"));
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: t("clinicUi.enrol.submit") }).click();
    await expect(page.getByTestId("enrol-issue-idNumber")).toBeVisible();
    await expect(idField).toHaveAttribute("aria-invalid", "true");
    await idField.fill(resident.idNumber);
    await form.getByRole("button", { name: t("clinicUi.enrol.submit") }).click();

    // The decision in plain words, and the line on the account card.
    const decision = page.getByTestId("enrol-decision");
    await expect(decision).toHaveAttribute("data-eligible", "true");
    await expect(page.getByTestId("decision-line")).toContainText(yuan(resident.lineFen));
    await expect(decision).toContainText(wordsPattern(t, "clinic.eligibility.tierReached", { score: "668" }));
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(resident.lineFen));
    await expect(page.getByTestId("visits-empty")).toBeVisible();
    // The hospitals, the credit pilots marked.
    const pilot = page.locator('[data-testid="hospital"][data-pilot="true"]');
    await expect(pilot).toHaveCount(8);
    await expect(pilot.first()).toContainText(t("clinicUi.hospitals.pilot"));
    await expect(page.locator('[data-testid="hospital"][data-pilot="false"]').first()).toContainText(
      t("clinicUi.hospitals.notPilot"),
    );
    const firstHospital = (await page
      .locator('[data-testid="hospital"][data-hospital-id="hz-first"]')
      .getByTestId("hospital-name")
      .textContent())!;

    // The health card: a QR code whose token the server signed for this minute.
    await page.getByTestId("clinic-card-link").click();
    await expect(page).toHaveURL("/clinic/card");
    const qr = page.getByTestId("health-card-qr");
    await expect(qr.getByRole("img", { name: t("clinicUi.card.qrLabel") })).toBeVisible();
    type CardAnswer = { healthCardId: string; token: string; upcoming: { token: string }[] };
    const readCard = async () => (await (await page.request.get("/api/clinic/card")).json()) as CardAnswer;
    // Asked before and after reading the page, so a minute turning in between does not matter.
    const before = await readCard();
    const token = (await qr.getAttribute("data-token"))!;
    const tokenExpiresAt = Date.parse((await qr.getAttribute("data-expires-at"))!);
    const card = await readCard();
    const issued = [before, card].flatMap((answer) => [answer.token, ...answer.upcoming.map((u) => u.token)]);
    expect(issued).toContain(token);
    await expect(page.getByTestId("health-card-id")).toHaveText(card.healthCardId);
    await expect(page.getByTestId("health-card-countdown")).toHaveText(
      wordsPattern(t, "clinicUi.card.countdown", { seconds: "\\d+" }),
    );

    // Back on /clinic (no reload from here on), the hospital posts three charges; each appears by itself.
    await page.getByRole("link", { name: t("clinicUi.card.toClinic") }).click();
    await expect(page).toHaveURL("/clinic");
    await page.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });
    const visitId = uniqueId("v");
    const charges = [
      items({ code: "REG01", display: "普通门诊挂号", quantity: 1, unitPriceFen: 1_000, insuranceFen: 0 }),
      items({ code: "LAB17", display: "血常规", quantity: 1, unitPriceFen: 2_500, insuranceFen: 1_500 }),
      items(
        { code: "MED42", display: "阿莫西林胶囊", quantity: 2, unitPriceFen: 1_800, insuranceFen: 2_000 },
        { code: "MED07", display: "布洛芬缓释胶囊", quantity: 1, unitPriceFen: 1_200, insuranceFen: 600 },
      ),
    ];
    const visit = page.locator(`[data-testid="visit"][data-visit-id="${visitId}"]`);
    let selfPay = 0;
    for (const [index, chargeItems] of charges.entries()) {
      const { response } = await postCharge(page.request, {
        visitId,
        // The code the counter scanned: the one read from the page, unless its minute has passed since.
        patientToken:
          index === 0 ? (Date.now() < tokenExpiresAt ? token : (await readCard()).token) : undefined,
        items: chargeItems,
      });
      expect(response.status(), await response.text()).toBe(201);
      selfPay += chargeItems.reduce((sum, item) => sum + item.selfPayFen, 0);
      expect(((await response.json()) as { availableFen: number }).availableFen).toBe(
        resident.lineFen - selfPay,
      );
      // The list looks for a new visit every few seconds, and follows an open one more often.
      await expect(visit.getByTestId("charge")).toHaveCount(index + 1, { timeout: 15_000 });
    }
    await expect(visit).toHaveAttribute("data-status", "open");
    await expect(visit.getByRole("heading", { level: 3 })).toHaveText(firstHospital);
    await expect(visit.getByTestId("charge-item")).toHaveCount(4);
    const amoxicillin = visit.getByTestId("charge-item").filter({ hasText: "阿莫西林胶囊" });
    await expect(amoxicillin).toContainText("阿莫西林胶囊 × 2");
    await expect(amoxicillin).toContainText(t("clinicUi.visits.insurancePart", { amount: yuan(2_000) }));
    await expect(amoxicillin).toContainText(t("clinicUi.visits.selfPayPart", { amount: yuan(1_600) }));
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(resident.lineFen - selfPay));
    await expect(page.getByTestId("clinic-used")).toHaveText(yuan(selfPay));

    // The visit closes: one bill of the self-pay parts, due in 48 h.
    const closed = await closeVisit(page.request, visitId);
    expect(closed.status(), await closed.text()).toBe(200);
    const { invoiceId, totalSelfPayFen } = (await closed.json()) as {
      invoiceId: string;
      totalSelfPayFen: number;
    };
    expect(totalSelfPayFen).toBe(selfPay);
    await expect(visit).toHaveAttribute("data-status", "closed");
    const bill = page.locator(`[data-testid="invoice"][data-invoice-id="${invoiceId}"]`);
    await expect(bill).toHaveAttribute("data-state", "due");
    await expect(bill.getByTestId("invoice-amount")).toHaveText(yuan(selfPay));
    await expect(bill.getByTestId("invoice-due")).toContainText(
      wordsPattern(t, "clinicUi.invoices.dueBy", { time: ".+" }),
    );

    // Pay now, under the agreement: paid, with a receipt naming how and the transaction number.
    await bill.getByRole("button", { name: t("billsUi.pay.button", { amount: yuan(selfPay) }) }).click();
    await expect(bill).toHaveAttribute("data-state", "paid", { timeout: 20_000 });
    await expect(bill.getByTestId("invoice-method")).toHaveText(t("billsUi.receipt.methods.agreement"));
    await expect(bill.getByTestId("invoice-transaction")).toHaveText(/\S+/);
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(resident.lineFen));
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(
      true,
    );
  });

  test("a charge over the line is refused with 402 and the available amount the page shows", async ({
    page,
  }) => {
    // A line of at least 3,000 元 (tier 4), so the first charge fits and the second does not.
    const { account } = await enrolledResident(page.request, { minTier: 4 });
    const resident = { lineFen: account.creditLineFen };
    expect(account.availableFen).toBe(resident.lineFen);
    const visitId = uniqueId("v");
    const first = await postCharge(page.request, {
      visitId,
      patientToken: await cardToken(page.request),
      items: items({
        code: "SUR01",
        display: "门诊小手术",
        quantity: 1,
        unitPriceFen: 280_000,
        insuranceFen: 30_000,
      }),
    });
    expect(first.response.status(), await first.response.text()).toBe(201);
    const available = resident.lineFen - 250_000;
    const overFen = available + 10_000;
    await page.goto("/clinic");
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(available));

    const over = await postCharge(page.request, {
      visitId,
      items: items({ code: "CT02", display: "胸部 CT", quantity: 1, unitPriceFen: overFen, insuranceFen: 0 }),
    });
    expect(over.response.status()).toBe(402);
    const refusal = (await over.response.json()) as { error: { code: string; availableFen: number } };
    expect(refusal.error.code).toBe("credit_exceeded");
    expect(refusal.error.availableFen).toBe(available);
    // Nothing was stored: the page (still following the open visit) shows one charge and the same amount.
    await expect(page.getByTestId("charge")).toHaveCount(1);
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(refusal.error.availableFen));
    await expect(page.getByTestId("clinic-available")).toHaveAttribute("data-fen", String(available));
  });

  test("a charge the hospital cancels frees the line on the page", async ({ page }) => {
    const { account } = await enrolledResident(page.request);
    const resident = { lineFen: account.creditLineFen };
    const visitId = uniqueId("v");
    const charge = await postCharge(page.request, {
      visitId,
      patientToken: await cardToken(page.request),
      items: items({
        code: "MRI01",
        display: "头颅核磁共振",
        quantity: 1,
        unitPriceFen: 60_000,
        insuranceFen: 20_000,
      }),
    });
    expect(charge.response.status(), await charge.response.text()).toBe(201);
    await page.goto("/clinic");
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(resident.lineFen - 40_000));

    const cancelled = await cancelCharge(page.request, charge.chargeId);
    expect(cancelled.status(), await cancelled.text()).toBe(200);
    const shown = page.locator(`[data-testid="charge"][data-charge-id="${charge.chargeId}"]`);
    await expect(shown).toHaveAttribute("data-status", "cancelled");
    await expect(page.getByTestId("clinic-available")).toHaveText(yuan(resident.lineFen));
    expect((await accountOf(page.request)).availableFen).toBe(resident.lineFen);
  });

  test("another resident sees none of it", async ({ page, browser, baseURL }) => {
    await enrolledResident(page.request);
    const visitId = uniqueId("v");
    const charge = await postCharge(page.request, {
      visitId,
      patientToken: await cardToken(page.request),
      items: items({
        code: "REG01",
        display: "专家门诊挂号",
        quantity: 1,
        unitPriceFen: 5_000,
        insuranceFen: 0,
      }),
    });
    expect(charge.response.status()).toBe(201);
    const closed = await closeVisit(page.request, visitId);
    const { invoiceId } = (await closed.json()) as { invoiceId: string };

    const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    try {
      await signInViaApi(other.request);
      expect((await other.request.get("/api/clinic/account")).status()).toBe(200);
      expect((await accountOf(other.request)).status).toBe("none");
      expect(await (await other.request.get("/api/clinic/visits")).json()).toEqual({ visits: [] });
      expect(await (await other.request.get("/api/clinic/invoices")).json()).toEqual({ invoices: [] });
      expect((await other.request.get("/api/clinic/card")).status()).toBe(404);
      expect((await other.request.post(`/api/clinic/invoices/${invoiceId}/pay`, { data: {} })).status()).toBe(
        404,
      );

      const otherPage = await other.newPage();
      await otherPage.goto("/clinic");
      await expect(otherPage.getByTestId("clinic-agreement-needed")).toBeVisible();
      await expect(otherPage.getByTestId("visit")).toHaveCount(0);
      await expect(otherPage.getByTestId("invoice")).toHaveCount(0);
      await expect(otherPage.locator("main")).not.toContainText("专家门诊挂号");
      await otherPage.goto("/clinic/card");
      await expect(otherPage.getByTestId("card-not-enrolled")).toBeVisible();
      await expect(otherPage.getByTestId("health-card-qr")).toHaveCount(0);

      // Enrolled too, they still see only their own (nothing).
      await signAgreementViaApi(other.request);
      await otherPage.goto("/clinic");
      await expect(otherPage.getByTestId("enrol-form")).toBeVisible();
      await expect(otherPage.getByTestId("visit")).toHaveCount(0);
    } finally {
      await other.close();
    }
    // The owner still sees the bill.
    await page.goto("/clinic");
    await expect(page.locator(`[data-testid="invoice"][data-invoice-id="${invoiceId}"]`)).toBeVisible();
  });

  test("offline, the card moves to the next stored code on the minute and says plainly when they ran out", async ({
    page,
    context,
    t,
  }) => {
    await enrolledResident(page.request);
    // The page's clock is the test's to move: no waiting for real minutes.
    await page.clock.install();
    await page.goto("/clinic/card");
    const qr = page.getByTestId("health-card-qr");
    await expect(qr).toBeVisible();
    type CardAnswer = { token: string; upcoming: { token: string }[] };
    const readCard = async () => (await (await page.request.get("/api/clinic/card")).json()) as CardAnswer;
    // Asked before and after reading the page, so a minute turning in between does not matter.
    const before = await readCard();
    const first = (await qr.getAttribute("data-token"))!;
    const after = await readCard();
    const issued = [
      ...new Set([before, after].flatMap((answer) => [answer.token, ...answer.upcoming.map((u) => u.token)])),
    ];
    expect(issued).toContain(first);

    let asked = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/clinic/card") asked += 1;
    });
    await context.setOffline(true);
    await expect(page.getByTestId("health-card-offline")).toHaveText(t("clinicUi.card.offlineStillValid"));
    const expiresAt = Date.parse((await qr.getAttribute("data-expires-at"))!);
    await page.clock.fastForward(expiresAt - (await page.evaluate(() => Date.now())) + 1_000);
    await expect(qr).not.toHaveAttribute("data-token", first);
    const second = (await qr.getAttribute("data-token"))!;
    expect(issued.indexOf(second)).toBe(issued.indexOf(first) + 1);
    expect(asked).toBe(0);

    // Past the last stored window: no code, and the page says why and what to do.
    await page.clock.fastForward(issued.length * 60_000);
    await expect(page.getByTestId("health-card-ran-out")).toHaveText(t("clinicUi.card.ranOut"));
    await expect(qr).toHaveCount(0);
    // Online again, a new set is fetched and a code is shown.
    await context.setOffline(false);
    await expect(page.getByTestId("health-card-qr")).toBeVisible({ timeout: 15_000 });
  });

  test("a score below the threshold is told why and what to do instead", async ({ page, t }) => {
    await signInViaApi(page.request);
    await signAgreementViaApi(page.request);
    await page.goto("/clinic");
    const form = page.getByTestId("enrol-form");
    await form.getByLabel(t("clinicUi.enrol.name")).fill(RESIDENTS.notEligible.name);
    await form.getByLabel(t("clinicUi.enrol.idNumber")).fill(RESIDENTS.notEligible.idNumber);
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: t("clinicUi.enrol.submit") }).click();
    const decision = page.getByTestId("enrol-decision");
    await expect(decision).toHaveAttribute("data-eligible", "false");
    await expect(decision).toContainText(t("clinicUi.decision.notEligible"));
    await expect(decision).toContainText(
      wordsPattern(t, "clinic.eligibility.belowThreshold", { score: "530" }),
    );
    await expect(decision).toContainText(wordsPattern(t, "clinic.eligibility.payAtCounter"));
    await expect(page.getByTestId("clinic-card-link")).toHaveCount(0);
  });
  test("hospitals on the map: pilots marked, a group zooms in, and a chosen hospital gets directions", async ({
    page,
    t,
  }) => {
    await page.goto("/clinic");
    const map = page.getByTestId("hospital-map");
    await expect(map).toBeVisible();
    // Every hospital is on the map, alone or in a group, and the legend says what the shapes mean.
    const total = async () => {
      const alone = await map.getByTestId("hospital-marker").count();
      const grouped = await map
        .getByTestId("hospital-group")
        .evaluateAll((groups) =>
          groups.reduce((sum, g) => sum + Number(/\d+/.exec(g.getAttribute("aria-label") ?? "")![0]), 0),
        );
      return alone + grouped;
    };
    await expect.poll(total).toBe(17);
    await expect(page.getByTestId("hospital-legend")).toContainText(t("clinicUi.hospitals.legend.pilot"));
    // A group of the old town opens into more markers; "show all" comes back to the whole city.
    const before = await map.getByTestId("hospital-marker").count();
    await map.getByTestId("hospital-group").first().click();
    await expect.poll(() => map.getByTestId("hospital-marker").count()).toBeGreaterThan(before);
    expect(await total()).toBe(17);
    await page.getByRole("button", { name: t("clinicUi.hospitals.showAll") }).click();
    await expect.poll(() => map.getByTestId("hospital-marker").count()).toBe(before);

    // Chosen in the list, a pilot shows on the map, marked chosen, with directions to it.
    const row = page.locator('[data-testid="hospital"][data-hospital-id="hz-first"]');
    const name = (await row.getByTestId("hospital-name").textContent())!;
    await row.getByRole("button").click();
    const marker = map.locator('[data-hospital-id="hz-first"]');
    await expect(marker).toHaveAttribute("aria-pressed", "true");
    await expect(marker).toBeInViewport();
    const details = page.getByTestId("hospital-details");
    await expect(details).toContainText(name);
    await expect(details).toContainText(t("clinicUi.hospitals.pilotDetail"));
    await expect(details.getByRole("link", { name: t("clinicUi.hospitals.apps.amap") })).toHaveAttribute(
      "href",
      /^https:\/\/uri\.amap\.com\/navigation\?.*coordinate=gaode/,
    );
    // An estimated position says so; a hospital that is not a pilot says to pay as usual.
    await page.locator('[data-testid="hospital"][data-hospital-id="zj-cancer"]').getByRole("button").click();
    await expect(details).toContainText(t("clinicUi.hospitals.approximate"));
    await expect(details).toContainText(t("clinicUi.hospitals.notPilotDetail"));
  });

  test("a hospital verifies a scanned card: genuine, whose (masked), credit left; altered or unsigned is refused", async ({
    request,
  }) => {
    const { account } = await enrolledResident(request);
    const token = await cardToken(request);
    const verify = (body: unknown) => hisPost(request, "/api/clinic/his/cards/verify", body);
    const checked = await verify({ hospitalId: PILOT_HOSPITAL, patientToken: token });
    expect(checked.status(), await checked.text()).toBe(200);
    expect(checked.headers()["cache-control"]).toBe("no-store");
    expect(await checked.json()).toMatchObject({
      healthCardId: account.healthCardId,
      status: "active",
      patientNameMasked: "测***",
      availableFen: account.availableFen,
    });
    // One character changed: not this app's code.
    const altered = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    const refused = await verify({ hospitalId: PILOT_HOSPITAL, patientToken: altered });
    expect([400, 422]).toContain(refused.status());
    expect((await refused.json()).error.message).toBeTruthy();
    // A body meant for another endpoint, and an unsigned request.
    expect((await verify({ hospitalId: PILOT_HOSPITAL, patientToken: token, visitId: "v" })).status()).toBe(
      400,
    );
    const unsigned = await request.post("/api/clinic/his/cards/verify", {
      data: { hospitalId: PILOT_HOSPITAL, patientToken: token },
    });
    expect(unsigned.status()).toBe(401);
  });

  test.describe("the sandbox hospital", () => {
    // The page's sandbox switch answers this machine or the sandbox token (H); a journey has its own address.
    test.use({ extraHTTPHeaders: SANDBOX_HEADERS });
    test("the sandbox hospital walks a visit from the page: left open it shows its charges, walked to the end a bill", async ({
      page,
      t,
    }) => {
      await enrolledResident(page.request);
      await page.goto("/clinic");
      const form = page.getByTestId("sandbox-hospital-visit");
      await form.getByLabel(t("clinicUi.sandbox.until")).selectOption("exam");
      await form.getByRole("button", { name: t("clinicUi.sandbox.submit") }).click();
      // Registration and consultation, the visit still open.
      const done = page.getByTestId("sandbox-hospital-done");
      await expect(done).toContainText(/sbx-\d{8}-\d{4}-[0-9a-f]{6}/);
      const visitId = /sbx-\d{8}-\d{4}-[0-9a-f]{6}/.exec((await done.textContent())!)![0];
      const visit = page.locator(`[data-testid="visit"][data-visit-id="${visitId}"]`);
      await expect(visit).toHaveAttribute("data-status", "open");
      await expect(visit.getByTestId("charge")).toHaveCount(2);

      await form.getByLabel(t("clinicUi.sandbox.until")).selectOption("close");
      await form.getByRole("button", { name: t("clinicUi.sandbox.submit") }).click();
      const visitIdShown = async () =>
        /sbx-\d{8}-\d{4}-[0-9a-f]{6}/.exec((await done.textContent()) ?? "")?.[0];
      await expect.poll(visitIdShown).not.toBe(visitId);
      await expect.poll(visitIdShown).toBeDefined();
      const closed = (await visitIdShown())!;
      await expect(page.locator(`[data-testid="visit"][data-visit-id="${closed}"]`)).toHaveAttribute(
        "data-status",
        "closed",
      );
      await expect(page.getByTestId("invoice").first()).toBeVisible();
    });
  });
});
