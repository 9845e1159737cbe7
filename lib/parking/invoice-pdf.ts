import "server-only";
import { type Fen, formatFen } from "@/lib/money";
import { shanghaiDate, shanghaiParts } from "@/lib/time";
import type { InvoiceView } from "./invoice-view";

/**
 * The sandbox's e-invoice as a one-page PDF, written by hand (no PDF library): Latin text in Helvetica, Chinese in
 * the standard Adobe-GB1 font STSong-Light that PDF readers supply (UCS-2 encoded, nothing embedded). A real
 * deployment gets the PDF from the tax platform instead.
 */
export function invoicePdf(invoice: InvoiceView, stay: { plate: string; lotName: string }): Buffer {
  const issuedAt = new Date(invoice.issuedAt);
  const at = shanghaiParts(issuedAt);
  const issued = `${shanghaiDate(issuedAt)} ${String(at.hour).padStart(2, "0")}:${String(at.minute).padStart(2, "0")}`;
  const lines: [font: "latin" | "cjk", size: number, text: string][] = [
    ["cjk", 18, "电子发票（沙盒演示，非正式税务票据）"],
    ["latin", 11, "Parking e-invoice (sandbox: not a tax document)"],
    ["latin", 11, `No. ${invoice.number}    Issued ${issued} (Asia/Shanghai)`],
    ["cjk", 12, `购买方 Buyer: ${invoice.title}`],
    ["latin", 11, `Tax number: ${invoice.taxNumber ?? "-"}`],
    ["cjk", 12, `项目 Item: 停车服务费 ${stay.plate} ${stay.lotName}`],
    ["latin", 12, `Amount: ${formatFen(invoice.amountFen as Fen, "en").replace("¥", "")} (tax included)`],
    ["cjk", 11, "销售方 Seller: 杭州城市大脑停车缴费（沙盒）"],
  ];
  const content = lines
    .map(([font, size, text], i) => {
      const y = 780 - i * 28;
      const shown = font === "cjk" ? `<${ucs2Hex(text)}>` : `(${escapeLatin(text)})`;
      return `BT /${font === "cjk" ? "F2" : "F1"} ${size} Tf 56 ${y} Td ${shown} Tj ET`;
    })
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 8 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** UTF-16BE code units in hex, as UniGB-UCS2-H reads them (characters outside the BMP become "?"). */
function ucs2Hex(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 63;
      return (code > 0xffff ? 63 : code).toString(16).padStart(4, "0").toUpperCase();
    })
    .join("");
}

/** Latin text for a PDF string: ASCII only, with (, ) and \\ escaped. */
function escapeLatin(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?").replace(/[()\\]/g, (c) => `\\${c}`);
}
