import t from 'tap'
import { checkAll, missing, runnables, start, write, SNIPPET_PORT } from './snippet-harness.js'

// Runs the Flask snippets: one Python process imports every snippet as a module (each guards
// app.run() with __name__ == "__main__", as a program should) and serves each app on its own port.

const RUNNER = `import importlib.util
import json
import sys
import threading

from werkzeug.serving import make_server

for key, path in json.load(open(sys.argv[1])):
    spec = importlib.util.spec_from_file_location(key, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = make_server("127.0.0.1", 0, module.app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"READY {key} {server.server_port}", flush=True)
threading.Event().wait()
`

// The first Python on PATH, or Debian's (where .ci/run installs python3-flask), whichever has Flask.
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => missing(python, ['-c', 'import flask']) === null) ?? 'python3'
const unavailable = missing(PYTHON, ['-c', 'import flask'])

t.test('Flask snippets answer as their records say', { skip: unavailable === null ? false : `Flask cannot run here: ${unavailable}` }, async (t) => {
  const list = runnables('python-flask')
  const dir = t.testdir({})
  for (const r of list) {
    t.ok(r.code.endsWith(`if __name__ == "__main__":\n    app.run(port=${SNIPPET_PORT})`), `${r.key} runs as a program`)
  }
  const files = list.map((r) => [r.key, write(dir, `${r.key}.py`, r.code)])
  write(dir, 'runner.py', RUNNER)
  write(dir, 'list.json', JSON.stringify(files))
  const ports = await start(t, PYTHON, ['runner.py', 'list.json'], list.map((r) => r.key), { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } })
  await checkAll(t, 'Flask', list, ports)
})
