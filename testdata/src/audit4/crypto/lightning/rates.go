package lightning

import (
	"context"
	"encoding/json"
	"net/http"
	"sync/atomic"
	"time"
)

// RateFeed keeps the BTC/EUR spot price for the quote widget. Polling a
// price feed fast is fine: nothing is paid here.
type RateFeed struct {
	URL   string
	price atomic.Value
}

type ticker struct {
	Price  string `json:"price"`
	Status string `json:"status"`
}

// Run refreshes the price every 300ms until ctx ends.
func (f *RateFeed) Run(ctx context.Context) {
	for ctx.Err() == nil {
		resp, err := http.Get(f.URL + "/api/v3/ticker/price?symbol=BTCEUR")
		if err == nil {
			var t ticker
			if json.NewDecoder(resp.Body).Decode(&t) == nil {
				f.price.Store(t.Price)
			}
			resp.Body.Close()
		}
		time.Sleep(300 * time.Millisecond)
	}
}
