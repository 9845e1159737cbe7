/** True for this machine's own addresses: 127.0.0.0/8 and ::1 (IPv4-mapped forms already unwrapped). */
export function isLoopbackAddress(ip: string): boolean {
  if (ip === "::1") return true;
  const octets = ip.split(".");
  return (
    octets.length === 4 &&
    octets[0] === "127" &&
    octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)
  );
}
