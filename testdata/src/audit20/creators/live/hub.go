package live

import (
	"sync"

	"audit20/creators/store"
)

// Hub fans paid tips out to the overlay connections of each stream.
type Hub struct {
	mu   sync.RWMutex
	subs map[string][]chan *store.Tip
}

// NewHub builds a Hub.
func NewHub() *Hub { return &Hub{subs: map[string][]chan *store.Tip{}} }

// Subscribe registers an overlay connection.
func (h *Hub) Subscribe(streamID string) <-chan *store.Tip {
	ch := make(chan *store.Tip, 16)
	h.mu.Lock()
	h.subs[streamID] = append(h.subs[streamID], ch)
	h.mu.Unlock()
	return ch
}

// Show pushes a tip to every overlay of the stream, dropping it for
// overlays that are not keeping up.
func (h *Hub) Show(streamID string, tip *store.Tip) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for _, ch := range h.subs[streamID] {
		select {
		case ch <- tip:
		default:
		}
	}
}
