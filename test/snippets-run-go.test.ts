import t from 'tap'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { START_TIMEOUT_MS, checkAll, missing, runnables, start, write, SNIPPET_PORT } from './snippet-harness.js'

// Runs the Go snippets: every program goes into one package of one binary (building a hundred
// binaries would take minutes), with main renamed and ListenAndServe pointed at a free port.

const MIN_MINOR = 19 // 1xx WriteHeader arrived in Go 1.19

function goMissing(): string | null {
  const problem = missing('go', ['version'])
  if (problem !== null) return problem
  const version = spawnSync('go', ['version'], { encoding: 'utf8' }).stdout
  const minor = Number(/go1\.(\d+)/.exec(version)?.[1] ?? 0)
  return minor >= MIN_MINOR ? null : `${version.trim()} is older than go1.${MIN_MINOR}, which 1xx responses need`
}

const MAIN = `package main

import (
	"fmt"
	"net"
	"net/http"
)

// serve stands in for http.ListenAndServe(":${SNIPPET_PORT}", handler): a free loopback port, reported.
func serve(key string, handler http.Handler) error {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Printf("READY %s %d\\n", key, listener.Addr().(*net.TCPAddr).Port)
	return http.Serve(listener, handler)
}
`

const unavailable = goMissing()

t.test('Go snippets answer as their records say', { skip: unavailable === null ? false : `Go cannot run here: ${unavailable}` }, async (t) => {
  const list = runnables('go-net-http')
  const dir = t.testdir({})
  const listen = `http.ListenAndServe(":${SNIPPET_PORT}", `
  for (const r of list) {
    t.equal(r.code.split('func main() {').length, 2, `${r.key} has one main`)
    t.equal(r.code.split(listen).length, 2, `${r.key} listens once on :${SNIPPET_PORT}`)
    write(dir, `${r.key}.go`, r.code.replace('func main() {', `func main_${r.key}() {`).replace(listen, `serve(${JSON.stringify(r.key)}, `))
  }
  write(dir, 'main.go', `${MAIN}\nfunc main() {\n${list.map((r) => `\tgo main_${r.key}()\n`).join('')}\tselect {}\n}\n`)
  write(dir, 'go.mod', 'module snippets\n\ngo 1.19\n')
  const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOCACHE: process.env.GOCACHE ?? join(tmpdir(), 'siteerror-go-build-cache') }
  const build = spawnSync('go', ['build', '-o', 'snippets', '.'], { cwd: dir, env, encoding: 'utf8', timeout: START_TIMEOUT_MS })
  t.equal(build.status, 0, `go build: ${build.stderr}`)
  if (build.status !== 0) return
  const ports = await start(t, join(dir, 'snippets'), [], list.map((r) => r.key), { cwd: dir })
  await checkAll(t, 'Go net/http', list, ports)
})
