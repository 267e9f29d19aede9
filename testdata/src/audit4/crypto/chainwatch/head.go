package chainwatch

import (
	"context"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// HeadTracker feeds the block-explorer page with the latest height. Not a
// payment: it polls the chain head every half second until shutdown.
type HeadTracker struct {
	eth    *ethclient.Client
	latest uint64
}

// NewHeadTracker builds the tracker.
func NewHeadTracker(eth *ethclient.Client) *HeadTracker { return &HeadTracker{eth: eth} }

// Run polls until ctx is cancelled.
func (h *HeadTracker) Run(ctx context.Context) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := h.eth.BlockNumber(ctx)
		if err != nil {
			log.Printf("head: %v", err)
			continue
		}
		h.latest = n
	}
}
