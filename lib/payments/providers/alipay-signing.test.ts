import { describe, expect, it } from "vitest";
import { alipaySignContent, topLevelMemberText } from "./alipay-signing";

describe("Alipay signing text", () => {
  it("sorts by key, skips empty values and the excluded keys", () => {
    const params = {
      method: "alipay.trade.pay",
      app_id: "2021",
      sign: "x",
      sign_type: "RSA2",
      notify_url: "",
    };
    expect(alipaySignContent(params)).toBe("app_id=2021&method=alipay.trade.pay&sign_type=RSA2");
    expect(alipaySignContent(params, ["sign", "sign_type"])).toBe("app_id=2021&method=alipay.trade.pay");
  });

  it("finds the exact text of the response node, whatever comes before it or inside its strings", () => {
    const node = '{"code":"10000","msg":"Success","note":"a \\"quoted\\" } brace","list":[{"a":"]"}]}';
    const raw = `{ "alipay_cert_sn": "x", "alipay_trade_pay_response" : ${node} ,"sign":"abc=="}`;
    expect(topLevelMemberText(raw, "alipay_trade_pay_response")).toBe(node);
    expect(topLevelMemberText(raw, "sign")).toBe('"abc=="');
    expect(topLevelMemberText(raw, "error_response")).toBeUndefined();
    expect(topLevelMemberText('{"n":12,"alipay_trade_pay_response":{}}', "n")).toBe("12");
    expect(topLevelMemberText("[1]", "n")).toBeUndefined();
  });
});
