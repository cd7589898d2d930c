package subscribe

import "sync"

// Seen remembers the most recent message ids (Message.MsgID) it was given,
// for a handler whose side effect is not idempotent: skip an article when
// Add reports it was seen. It forgets the oldest id beyond its capacity and
// everything on restart, so it catches redeliveries and re-publications
// that arrive close together; a service that must never repeat a side
// effect stores the MsgID with the effect, in the same transaction. It is
// safe for concurrent use.
type Seen struct {
	mu    sync.Mutex
	ids   map[string]struct{}
	order []string // ring of ids in insertion order
	next  int
}

// NewSeen returns a Seen that remembers up to n ids (at least 1).
func NewSeen(n int) *Seen {
	n = max(n, 1)
	return &Seen{ids: make(map[string]struct{}, n), order: make([]string, 0, n)}
}

// Add records id and reports whether it was already remembered. An empty
// id is never reported as seen.
func (s *Seen) Add(id string) bool {
	if id == "" {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.ids[id]; ok {
		return true
	}
	if len(s.order) < cap(s.order) {
		s.order = append(s.order, id)
	} else {
		delete(s.ids, s.order[s.next])
		s.order[s.next] = id
		s.next = (s.next + 1) % len(s.order)
	}
	s.ids[id] = struct{}{}
	return false
}
