package extsvc

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit16/civic/kit"
)

// Tiles fetches map tiles of parking zones from the GIS server.
type Tiles struct {
	base string
	key  string
	hc   *http.Client
}

func NewTiles(base, key string) *Tiles {
	return &Tiles{base: base, key: key, hc: &http.Client{Timeout: 3 * time.Second}}
}

// Fetch returns one PNG tile, retrying a busy map server briefly.
func (t *Tiles) Fetch(ctx context.Context, z, x, y int) ([]byte, error) {
	path := kit.SignTileURL(fmt.Sprintf("/tiles/zones/%d/%d/%d.png", z, x, y), t.key)
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.base+path, nil)
		resp, err := t.hc.Do(req)
		if err == nil && resp.StatusCode == http.StatusOK {
			defer resp.Body.Close()
			return io.ReadAll(resp.Body)
		}
		if resp != nil {
			resp.Body.Close()
		}
		if attempt == 2 {
			return nil, fmt.Errorf("tiles: %d/%d/%d unavailable", z, x, y)
		}
	}
}
