// Package bidding takes bids, tells watchers they were outbid, and keeps
// the live lot page fresh.
package bidding

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// AuctionHouse is the white-label auction engine we resell lots through;
// bids on partner lots are forwarded to it.
type AuctionHouse struct {
	BaseURL string
	HTTP    *http.Client
}

type Bid struct {
	LotID       string `json:"lot_id"`
	BidderID    string `json:"bidder_id"`
	AmountMinor int64  `json:"amount_minor"`
}

// ForwardBid posts a bid to the partner engine. A bid is an offer, not a
// payment; the engine rejects a bid that is not above the current one, so
// a duplicate is harmless.
func (a *AuctionHouse) ForwardBid(ctx context.Context, b Bid) error {
	body, _ := json.Marshal(b)
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.BaseURL+"/v1/lots/"+b.LotID+"/bids", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := a.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("bidding: partner engine unavailable for lot %s", b.LotID)
}

type Standing struct {
	HighBidMinor int64  `json:"high_bid_minor"`
	Status       string `json:"status"` // open, closed
}

// WatchHighBid streams the partner lot's standing to the live page until
// the lot closes or the viewer leaves.
func (a *AuctionHouse) WatchHighBid(ctx context.Context, lotID string, out chan<- Standing) error {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		resp, err := a.HTTP.Get(a.BaseURL + "/v1/lots/" + lotID + "/standing")
		if err != nil {
			continue
		}
		var s Standing
		err = json.NewDecoder(resp.Body).Decode(&s)
		resp.Body.Close()
		if err != nil {
			continue
		}
		out <- s
		if s.Status == "closed" {
			return nil
		}
	}
}
