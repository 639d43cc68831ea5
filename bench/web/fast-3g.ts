/**
 * Chrome DevTools' "Fast 3G" throttling preset, as DevTools defines it (front_end/core/sdk/NetworkManager.ts;
 * renamed "Slow 4G" in May 2024 with the same numbers): ~1.6 Mbit/s down and ~750 kbit/s up, each × 0.9, and
 * 150 ms RTT × 3.75. Throughputs in bytes per second and latency in ms, as `Network.emulateNetworkConditions`
 * takes them. DevTools applies the latency to every request (no TCP or TLS handshake is modelled).
 */
export const FAST_3G = {
  offline: false,
  latency: 150 * 3.75, // 562.5 ms
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, // 180,000 B/s = 1.44 Mbit/s
  uploadThroughput: ((750 * 1000) / 8) * 0.9, // 84,375 B/s = 675 kbit/s
} as const;

export const describeFast3g = () =>
  `Fast 3G (DevTools preset): latency ${FAST_3G.latency} ms, down ${FAST_3G.downloadThroughput} B/s ` +
  `(${((FAST_3G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s), up ${FAST_3G.uploadThroughput} B/s (${((FAST_3G.uploadThroughput * 8) / 1e3).toFixed(0)} kbit/s)`;
