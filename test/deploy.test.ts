// The deployment files (deploy/): valid against their schemas, and their numbers agree with the server's.
import t from 'tap'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments, parse } from 'yaml'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { Deployment } from 'kubernetes-models/apps/v1'
import { Service } from 'kubernetes-models/v1'
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2'
import { loadConfig } from '../src/config.js'
import { ROOT } from './helper.js'

const DEPLOY = join(ROOT, 'deploy')
const read = (path: string) => readFileSync(join(DEPLOY, path), 'utf8')

type Manifest = { apiVersion?: string; kind?: string; [key: string]: unknown }
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler
}

/** Validates one manifest against the Kubernetes schema of its kind; the error message, or undefined. */
function kubernetesError(manifest: Manifest): string | undefined {
  const Model = MODELS[`${manifest.apiVersion} ${manifest.kind}`]
  if (Model === undefined) return `no schema for ${manifest.apiVersion} ${manifest.kind}`
  try {
    new Model(manifest).validate()
    return undefined
  } catch (err) {
    return (err as Error).message
  }
}

const manifests = readdirSync(join(DEPLOY, 'k8s'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((file) => parseAllDocuments(read(join('k8s', file))).map((doc) => ({ file, manifest: doc.toJS() as Manifest })))

t.test('every Kubernetes manifest is valid against the schema of its kind', async (t) => {
  t.same(manifests.map((m) => m.manifest.kind).sort(), ['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service'])
  for (const { file, manifest } of manifests) t.equal(kubernetesError(manifest), undefined, `${file}: ${manifest.kind}`)
})

t.test('a broken manifest is caught', async (t) => {
  const deployment = structuredClone(manifests.find((m) => m.manifest.kind === 'Deployment')!.manifest) as any
  deployment.spec.template.spec.containers[0].readinessProbe.periodSeconds = 'often'
  t.match(kubernetesError(deployment), /readinessProbe\/periodSeconds must be integer/)
  const service = structuredClone(manifests.find((m) => m.manifest.kind === 'Service')!.manifest) as any
  delete service.kind
  t.match(kubernetesError(service), /no schema/)
  const hpa = structuredClone(manifests.find((m) => m.manifest.kind === 'HorizontalPodAutoscaler')!.manifest) as any
  delete hpa.spec.maxReplicas
  t.match(kubernetesError(hpa), /maxReplicas/)
})

/** The environment a container sets with plain values (those from Secrets left out), as the server would read it. */
function containerEnv(container: any): Record<string, string> {
  return Object.fromEntries((container.env ?? []).filter((e: any) => e.value !== undefined).map((e: any) => [e.name, e.value]))
}
const MEBI: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 }
const bytes = (quantity: string) => Number(/^\d+/.exec(quantity)![0]) * (MEBI[/[KMG]i$/.exec(quantity)?.[0] ?? ''] ?? 1)

t.test('the Deployment agrees with the server: probes, drain, grace, memory, Redis by reference', async (t) => {
  const deployment = manifests.find((m) => m.manifest.kind === 'Deployment')!.manifest as any
  const pod = deployment.spec.template.spec
  const [container] = pod.containers
  const config = loadConfig({ ...containerEnv(container), REDIS_URL: 'redis://redis.invalid:6379' })
  t.equal(container.readinessProbe.httpGet.path, '/ready', 'readiness on /ready')
  t.equal(container.livenessProbe.httpGet.path, '/health', 'liveness on /health')
  const port = container.ports.find((p: any) => p.name === container.readinessProbe.httpGet.port)
  t.equal(port?.containerPort, config.port, 'the probes use the port the server listens on')
  t.equal(config.host, '0.0.0.0', 'listening beyond loopback')
  const notices = container.readinessProbe.periodSeconds * container.readinessProbe.failureThreshold * 1000
  t.ok(notices < config.shutdownDrainDelayMs, `readiness notices a drain in ${notices} ms, within the ${config.shutdownDrainDelayMs} ms drain delay`)
  t.ok(pod.terminationGracePeriodSeconds * 1000 > config.shutdownDrainDelayMs + config.shutdownGraceMs, 'Kubernetes waits longer than the drain and the grace period')
  t.ok(config.pressure.maxRssBytes < bytes(container.resources.limits.memory), 'load is shed before the memory limit is reached')
  t.ok(container.resources.requests.cpu, 'a CPU request, for the autoscaler')
  t.same(container.env.find((e: any) => e.name === 'REDIS_URL').valueFrom, { secretKeyRef: { name: 'siteerror-redis', key: 'url' } }, 'Redis by reference')
  const service = manifests.find((m) => m.manifest.kind === 'Service')!.manifest as any
  t.same(service.spec.selector, deployment.spec.selector.matchLabels, 'the Service selects the pods')
  t.equal(service.spec.ports[0].targetPort, 'http')
  const pdb = manifests.find((m) => m.manifest.kind === 'PodDisruptionBudget')!.manifest as any
  t.same(pdb.spec.selector.matchLabels, deployment.spec.selector.matchLabels, 'the budget covers the pods')
  const hpa = manifests.find((m) => m.manifest.kind === 'HorizontalPodAutoscaler')!.manifest as any
  t.equal(hpa.spec.scaleTargetRef.name, deployment.metadata.name)
  t.ok(hpa.spec.minReplicas >= 2 && hpa.spec.minReplicas > pdb.spec.minAvailable, 'enough replicas that the budget allows a disruption')
})

const compose = () => parse(read('compose.yaml'), { merge: true })
// The schema names draft-07 by an address ajv does not know it by: it is compiled as draft-07 without that check.
const composeAjv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
addFormats.default(composeAjv)
const validateCompose = composeAjv.compile(JSON.parse(read('schemas/compose-spec.json')))

t.test('compose.yaml is valid against the Compose specification, and a broken one is not', async (t) => {
  t.ok(validateCompose(compose()), JSON.stringify(validateCompose.errors))
  const broken = compose()
  broken.services.app1.stop_grace_period = { seconds: 20 }
  t.notOk(validateCompose(broken), 'a mistyped field fails')
  const unknown = compose()
  unknown.services.lb.port = ['8080:8080']
  t.notOk(validateCompose(unknown), 'an unknown service field fails')
})

t.test('compose.yaml: two replicas behind the balancer, which they trust, with time to drain', async (t) => {
  const { services } = compose()
  t.same(Object.keys(services).sort(), ['app1', 'app2', 'lb', 'redis'])
  for (const name of ['app1', 'app2']) {
    const config = loadConfig(services[name].environment)
    t.equal(config.redisUrl, 'redis://redis:6379', `${name} shares Redis`)
    t.same(config.trustProxy, [services.lb.networks.siteerror.ipv4_address], `${name} trusts the balancer's address only`)
    t.ok(Number(/^(\d+)s$/.exec(services[name].stop_grace_period)![1]) * 1000 > config.shutdownDrainDelayMs + config.shutdownGraceMs, `${name} is not killed while draining`)
  }
  t.equal(services.lb.volumes[0], './haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro', 'the balancer runs deploy/haproxy.cfg')
  t.match(read('haproxy.cfg'), /http-check send meth GET uri \/ready/, 'and checks /ready')
})

t.test('nginx.conf: its timeouts agree with the server\'s', async (t) => {
  const text = read('nginx.conf')
  const seconds = (directive: string) => Number(new RegExp(`^\\s*${directive} (\\d+)s;`, 'm').exec(text)?.[1]) * 1000
  const config = loadConfig({})
  t.ok(seconds('keepalive_timeout') < config.shutdownDrainDelayMs, 'idle connections to a replica close before its drain ends')
  t.ok(seconds('keepalive_timeout') < config.server.keepAliveTimeoutMs, 'and before the replica would close them')
  t.ok(seconds('proxy_read_timeout') > config.echoMaxDelayMs, 'the longest delayed answer is waited for')
  t.match(text, /^\s*proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/m, 'the client address is passed on')
})

const noNginx = spawnSync('nginx', ['-v']).error === undefined ? false : 'nginx is not installed (apt-get install nginx)'
t.test('nginx.conf: nginx -t accepts it, filled in as the replica test fills it', { skip: noNginx }, async (t) => {
  const text = read('nginx.conf')
  const prefix = mkdtempSync(join(tmpdir(), 'siteerror-nginx-'))
  t.teardown(() => rmSync(prefix, { recursive: true, force: true }))
  mkdirSync(join(prefix, 'tmp'))
  const vars: Record<string, string> = { LB_BIND: '127.0.0.1:8080', APP1_ADDR: '127.0.0.1:3001', APP2_ADDR: '127.0.0.1:3002' }
  const filled = text.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => vars[name] ?? whole)
  t.notMatch(filled, /\$\{/, 'every variable is one the replica test fills in')
  writeFileSync(join(prefix, 'nginx.conf'), filled)
  const test = spawnSync('nginx', ['-t', '-p', prefix, '-c', 'nginx.conf'], { encoding: 'utf8' })
  t.equal(test.status, 0, `nginx -t: ${test.stderr.trim()}`)
})
