const m = process.argv[2]
const t0 = performance.now(); const c0 = process.cpuUsage()
await import(m)
const c = process.cpuUsage(c0)
console.log(m.padEnd(45), (performance.now() - t0).toFixed(0).padStart(5), 'ms wall', ((c.user + c.system) / 1000).toFixed(0).padStart(5), 'ms cpu')
