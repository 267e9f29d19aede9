package connectpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"audit3/market/retrykit"
)

// Indexer pushes listings into the search cluster.
type Indexer struct {
	URL string
	HC  *http.Client
}

// Listing is a product a seller offers.
type Listing struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Price int64  `json:"price"`
}

// Upsert re-indexes a listing; retrying it is harmless (PUT by id), and a
// quick retry with any non-200 retried is fine for the search cluster.
func (ix *Indexer) Upsert(ctx context.Context, l Listing) error {
	buf, _ := json.Marshal(l)
	return retrykit.Quick(func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ix.URL+"/listings/_doc/"+l.ID, bytes.NewReader(buf))
		resp, err := ix.HC.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("index: %s", resp.Status)
		}
		return nil
	})
}
