// The seed's circuit breaker functions, run for real against a test's redis-server.
//
// Usage: node seed-breaker.js PORT FUNCTION COMPONENT [ARG]
//   check            checkCircuitBreaker(COMPONENT)             prints its result
//   open REASON      openCircuitBreaker(COMPONENT, REASON)
//   success          recordCircuitBreakerSuccess(COMPONENT)
//   run-ok           executeWithCircuitBreaker(COMPONENT, task that succeeds)
//   run-fail MESSAGE executeWithCircuitBreaker(COMPONENT, task that throws MESSAGE)
//   elapsed          Date.now() - parseInt(opened_at), the seed's own arithmetic
//
// The four functions between the markers are copied verbatim from
// seed/redis-coordination-patterns.md (Pattern 4). The mcp__RedisMCPServer__* tools they call
// are stood in for by a minimal RESP client with the Redis MCP server's argument names.

"use strict";
const net = require("net");

const [port, fn, component, arg] = process.argv.slice(2);
const socket = net.createConnection({ host: "127.0.0.1", port: Number(port) });
let buffer = Buffer.alloc(0);
const waiting = [];

// Parse one RESP2 reply at `i`: [value, next index], or null when more bytes are needed.
function parse(buf, i) {
  const end = buf.indexOf("\r\n", i);
  if (end < 0) return null;
  const type = String.fromCharCode(buf[i]);
  const line = buf.toString("utf8", i + 1, end);
  const next = end + 2;
  switch (type) {
    case "+": return [line, next];
    case "-": return [new Error(line), next];
    case ":": return [Number(line), next];
    case "$": {
      const len = Number(line);
      if (len < 0) return [null, next];
      if (buf.length < next + len + 2) return null;
      return [buf.toString("utf8", next, next + len), next + len + 2];
    }
    case "*": {
      const n = Number(line);
      if (n < 0) return [null, next];
      const items = [];
      let at = next;
      for (let k = 0; k < n; k++) {
        const r = parse(buf, at);
        if (!r) return null;
        items.push(r[0]);
        at = r[1];
      }
      return [items, at];
    }
    default: throw new Error(`unexpected RESP type ${type}`);
  }
}

socket.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const r = buffer.length ? parse(buffer, 0) : null;
    if (!r) return;
    buffer = buffer.subarray(r[1]);
    const { resolve, reject } = waiting.shift();
    r[0] instanceof Error ? reject(r[0]) : resolve(r[0]);
  }
});

function call(...args) {
  const parts = args.map((a) => Buffer.from(String(a)));
  const head = `*${parts.length}\r\n`;
  const chunks = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`$${p.length}\r\n`), p, Buffer.from("\r\n"));
  }
  socket.write(Buffer.concat([Buffer.from(head), ...chunks]));
  return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
}

// The Redis MCP server's tools, as the seed calls them.
const mcp__RedisMCPServer__hget = ({ name, key }) => call("HGET", name, key);
const mcp__RedisMCPServer__hset = ({ name, key, value }) => call("HSET", name, key, value);
const mcp__RedisMCPServer__expire = ({ name, expire_seconds }) =>
  call("EXPIRE", name, expire_seconds);
const mcp__RedisMCPServer__publish = ({ channel, message }) =>
  call("PUBLISH", channel, message);

// ---- verbatim from the seed (Pattern 4: Circuit Breaker Coordination) ----
// Circuit breaker states: closed, open, half-open
async function checkCircuitBreaker(component) {
  const state = await mcp__RedisMCPServer__hget({
    name: `circuit_breakers:${component}`,
    key: "state"
  });

  if (!state || state === "closed") {
    return { open: false, state: "closed" };
  }

  if (state === "open") {
    // Check if timeout expired (transition to half-open)
    const openedAt = await mcp__RedisMCPServer__hget({
      name: `circuit_breakers:${component}`,
      key: "opened_at"
    });

    const timeout = 300000;  // 5 minutes
    const elapsed = Date.now() - parseInt(openedAt);

    if (elapsed > timeout) {
      // Transition to half-open (allow test request)
      await mcp__RedisMCPServer__hset({
        name: `circuit_breakers:${component}`,
        key: "state",
        value: "half-open"
      });

      await mcp__RedisMCPServer__publish({
        channel: "events:errors:circuit_breakers",
        message: JSON.stringify({
          type: "circuit_breaker_half_open",
          component,
          timestamp: new Date().toISOString()
        })
      });

      return { open: false, state: "half-open" };
    }

    return { open: true, state: "open" };
  }

  return { open: false, state };
}

// Open circuit breaker after repeated failures
async function openCircuitBreaker(component, reason) {
  await mcp__RedisMCPServer__hset({
    name: `circuit_breakers:${component}`,
    key: "state",
    value: "open"
  });

  await mcp__RedisMCPServer__hset({
    name: `circuit_breakers:${component}`,
    key: "opened_at",
    value: Date.now().toString()
  });

  // Auto-close after timeout using expiration
  await mcp__RedisMCPServer__expire({
    name: `circuit_breakers:${component}`,
    expire_seconds: 300  // 5 minutes
  });

  await mcp__RedisMCPServer__publish({
    channel: "events:errors:circuit_breakers",
    message: JSON.stringify({
      type: "circuit_breaker_opened",
      component,
      reason,
      timestamp: new Date().toISOString()
    })
  });
}

// Close circuit breaker after successful test in half-open state
async function recordCircuitBreakerSuccess(component) {
  const state = await mcp__RedisMCPServer__hget({
    name: `circuit_breakers:${component}`,
    key: "state"
  });

  if (state === "half-open") {
    await mcp__RedisMCPServer__hset({
      name: `circuit_breakers:${component}`,
      key: "state",
      value: "closed"
    });

    await mcp__RedisMCPServer__publish({
      channel: "events:errors:circuit_breakers",
      message: JSON.stringify({
        type: "circuit_breaker_closed",
        component,
        reason: "recovery_successful",
        timestamp: new Date().toISOString()
      })
    });
  }
}

// Usage: Execute task with circuit breaker protection
async function executeWithCircuitBreaker(component, taskFn) {
  const breaker = await checkCircuitBreaker(component);

  if (breaker.open) {
    throw new Error(`Circuit breaker open for ${component}`);
  }

  try {
    const result = await taskFn();
    await recordCircuitBreakerSuccess(component);
    return result;
  } catch (error) {
    await openCircuitBreaker(component, error.message);
    throw error;
  }
}
// ---- end of the seed's code ----

async function main() {
  let result = {};
  switch (fn) {
    case "check":
      result = await checkCircuitBreaker(component);
      break;
    case "open":
      await openCircuitBreaker(component, arg);
      break;
    case "success":
      await recordCircuitBreakerSuccess(component);
      break;
    case "run-ok":
    case "run-fail":
      try {
        const task = fn === "run-ok" ? async () => "done" : async () => { throw new Error(arg); };
        result = { result: await executeWithCircuitBreaker(component, task) };
      } catch (error) {
        result = { error: error.message };
      }
      break;
    case "elapsed": {
      const openedAt = await mcp__RedisMCPServer__hget({
        name: `circuit_breakers:${component}`,
        key: "opened_at"
      });
      result = { elapsed: Date.now() - parseInt(openedAt) };
      break;
    }
    default:
      throw new Error(`unknown function ${fn}`);
  }
  process.stdout.write(JSON.stringify(result) + "\n");
  socket.end();
}

socket.on("connect", () => main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}));
socket.on("error", (e) => {
  process.stderr.write(`cannot reach redis on port ${port}: ${e.message}\n`);
  process.exit(1);
});
