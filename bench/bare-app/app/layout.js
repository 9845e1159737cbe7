// No favicon request (a 404 would count against the empty page in Lighthouse's best practices).
export const metadata = { title: "Empty page", icons: { icon: "data:," } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
