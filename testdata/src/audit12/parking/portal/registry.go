package portal

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"audit12/parking/store"
)

// Registry asks the city's residents registry whether a resident may hold
// a parking permit in a zone.
type Registry struct {
	base string
	http *http.Client
}

// NewRegistry returns a registry client.
func NewRegistry(base string, hc *http.Client) *Registry { return &Registry{base: base, http: hc} }

// Eligibility is the registry's answer.
type Eligibility struct {
	Eligible bool   `json:"eligible"`
	Zone     string `json:"zone"`
	Reason   string `json:"reason,omitempty"`
}

// Check asks the registry; it is read-only on their side and cheap, so it
// is simply asked again a few times when the registry hiccups.
func (r *Registry) Check(ctx context.Context, residentID, plate string) (*Eligibility, error) {
	body, _ := json.Marshal(map[string]string{"resident_id": residentID, "plate": plate})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/permits/eligibility", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := r.http.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(200 * time.Millisecond)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			lastErr = fmt.Errorf("registry: %s", resp.Status)
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var e Eligibility
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		return &e, err
	}
	return nil, lastErr
}

func (h *Handlers) eligibility(c *gin.Context) {
	var in struct {
		ResidentID string `json:"resident_id"`
		Plate      string `json:"plate"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "resident_id and plate are required"})
		return
	}
	e, err := h.registry.Check(c.Request.Context(), in.ResidentID, in.Plate)
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "registry unavailable"})
		return
	}
	c.JSON(http.StatusOK, e)
}

// Tiles serves the zone map from a cache in front of the tile renderer.
type Tiles struct {
	renderer string
	http     *http.Client
	cache    *store.TileCache
}

// NewTiles returns a tile server.
func NewTiles(renderer string, hc *http.Client, cache *store.TileCache) *Tiles {
	return &Tiles{renderer: renderer, http: hc, cache: cache}
}

func (t *Tiles) fetch(ctx context.Context, key string) ([]byte, error) {
	if png, ok := t.cache.Get(ctx, key); ok {
		return []byte(png), nil
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := t.http.Get(t.renderer + "/tiles/" + key + ".png")
		if err != nil {
			lastErr = err
			continue
		}
		png, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			lastErr = fmt.Errorf("tile %s: %s", key, resp.Status)
			continue
		}
		_ = t.cache.Put(ctx, key, string(png))
		return png, nil
	}
	return nil, lastErr
}

func (h *Handlers) tile(c *gin.Context) {
	key := c.Param("z") + "/" + c.Param("x") + "/" + c.Param("y")
	png, err := h.tiles.fetch(c.Request.Context(), key)
	if err != nil {
		c.Status(http.StatusServiceUnavailable)
		return
	}
	c.Writer.Header().Set("Content-Type", "image/png")
	_, _ = c.Writer.Write(png)
}
