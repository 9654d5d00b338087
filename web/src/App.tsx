import { useCallback } from 'react';
import { FilterBar } from './components/FilterBar.tsx';
import { StatsBar } from './components/StatsBar.tsx';
import type { Filters } from './filters.ts';
import { href, useRoute } from './hooks.ts';
import { ArticleView } from './views/ArticleView.tsx';
import { Dashboard } from './views/Dashboard.tsx';
import { EventView } from './views/EventView.tsx';

export function App() {
  const route = useRoute();
  const apply = useCallback((f: Filters) => {
    window.location.hash = href('/', f);
  }, []);
  return (
    <>
      <header className="top">
        <h1>
          <a href="#/">Dyad</a>
        </h1>
        <StatsBar />
        <nav>
          <a href="/docs">API</a>
        </nav>
      </header>
      <FilterBar filters={route.filters} onApply={apply} />
      <main>
        {route.view === 'event' && <EventView id={route.id} filters={route.filters} />}
        {route.view === 'article' && <ArticleView id={route.id} filters={route.filters} />}
        {route.view === 'dashboard' && <Dashboard filters={route.filters} apply={apply} />}
      </main>
    </>
  );
}
