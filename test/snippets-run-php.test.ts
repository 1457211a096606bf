import t from 'tap'
import { checkAll, freePort, missing, runnables, start, write } from './snippet-harness.js'

// Runs the PHP snippets: one built-in server (php -S) with a router that picks the snippet named
// in the query string from an allowlist of the files it was given.

const unavailable = missing('php', ['-v'])

t.test('PHP snippets answer as their records say', { skip: unavailable === null ? false : `PHP cannot run here: ${unavailable}` }, async (t) => {
  const list = runnables('php')
  const dir = t.testdir({})
  for (const r of list) write(dir, `${r.key}.php`, r.code)
  write(
    dir,
    'router.php',
    `<?php
$snippets = [${list.map((r) => `'${r.key}'`).join(', ')}];
$key = $_GET['snippet'] ?? '';
if (!in_array($key, $snippets, true)) {
    http_response_code(404);
    return true;
}
require __DIR__ . '/' . $key . '.php';
`
  )
  const port = await freePort()
  // php -S says nothing on stdout when it is ready: wait for it to accept, then report every key.
  const keys = list.map((r) => r.key)
  const ports = await start(t, 'sh', ['-c', `php -S 127.0.0.1:${port} router.php >/dev/null 2>&1 & php_pid=$!; trap 'kill $php_pid' TERM EXIT; while ! php -r 'exit(@fsockopen("127.0.0.1", ${port}) ? 0 : 1);'; do sleep 0.1; done; for k in ${keys.join(' ')}; do echo "READY $k ${port}"; done; wait $php_pid`], keys, { cwd: dir })
  await checkAll(t, 'PHP', list, ports, (key) => `/example?snippet=${key}`)
})
