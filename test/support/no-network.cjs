// Preloaded into the server by the network test: any attempt to reach the network is recorded and fails.
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');
function refuse(what) {
  return function () {
    process.stderr.write(`NETWORK-CALL ${what}\n`);
    throw new Error(`network call refused in test: ${what}`);
  };
}
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
if (globalThis.fetch) globalThis.fetch = refuse('fetch');
