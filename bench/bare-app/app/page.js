// The yardstick of bench/lighthouse.mjs: a page with nothing on it, as fast as Next.js can serve one.
export default function Page() {
  return (
    <main>
      <h1>Empty page</h1>
    </main>
  );
}
