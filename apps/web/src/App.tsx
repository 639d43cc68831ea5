import { useEffect, useState } from 'react';

type Readiness = 'checking' | 'ready' | 'not-ready';

const readinessText: Record<Readiness, string> = {
  checking: 'Đang kiểm tra trạng thái hệ thống…',
  ready: 'Hệ thống sẵn sàng',
  'not-ready': 'Hệ thống chưa sẵn sàng',
};

function useReadiness(): Readiness {
  const [state, setState] = useState<Readiness>('checking');

  useEffect(() => {
    const controller = new AbortController();
    fetch('/health/ready', { signal: controller.signal, cache: 'no-store' })
      .then((res) => setState(res.status === 200 ? 'ready' : 'not-ready'))
      .catch((err: unknown) => {
        // StrictMode mounts twice in dev; the aborted first request must not overwrite the second.
        if (!controller.signal.aborted) {
          console.warn('Kiểm tra /health/ready thất bại', err);
          setState('not-ready');
        }
      });
    return () => controller.abort();
  }, []);

  return state;
}

export function App() {
  const readiness = useReadiness();

  return (
    <main className="page">
      <h1>Hệ thống quản lý Thi đua – Khen thưởng</h1>
      <p>Giao diện dành cho cán bộ đang được xây dựng.</p>
      <p className={`status status--${readiness}`} role="status" aria-live="polite">
        {readinessText[readiness]}
      </p>
      <p>
        <a href="/docs">Tài liệu API</a>
      </p>
    </main>
  );
}
