package crawler

import (
	"context"
	"sync"

	"github.com/byline/byline/article"
)

// MemorySink keeps every page it is given, in order; for tests and --once
// runs. It is safe for concurrent use.
type MemorySink struct {
	mu    sync.Mutex
	pages []*article.Page
}

// Put stores p.
func (m *MemorySink) Put(ctx context.Context, p *article.Page) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	m.pages = append(m.pages, p)
	m.mu.Unlock()
	return nil
}

// Pages returns a copy of the list of pages stored so far.
func (m *MemorySink) Pages() []*article.Page {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]*article.Page(nil), m.pages...)
}

// Len is the number of pages stored.
func (m *MemorySink) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.pages)
}

// Reset forgets every page.
func (m *MemorySink) Reset() {
	m.mu.Lock()
	m.pages = nil
	m.mu.Unlock()
}
