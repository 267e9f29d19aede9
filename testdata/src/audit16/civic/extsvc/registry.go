// Package extsvc holds clients for the city's other systems: the
// vehicle registry, the document OCR service, the PDF receipt renderer,
// the mail relay and the GIS map server.
package extsvc

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Vehicle is the registry's record of a plate.
type Vehicle struct {
	Plate  string `json:"plate"`
	Make   string `json:"make"`
	Keeper string `json:"keeper_id"`
}

// Registry is the national vehicle registry.
type Registry struct {
	base string
	hc   *http.Client
}

func NewRegistry(base string) *Registry {
	return &Registry{base: base, hc: &http.Client{Timeout: 5 * time.Second}}
}

// Lookup finds the registered keeper of a plate. The registry drops
// requests under load, so the lookup is tried a few times.
func (r *Registry) Lookup(ctx context.Context, plate string) (*Vehicle, error) {
	var last error
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.base+"/v1/vehicles/"+url.PathEscape(plate), nil)
		resp, err := r.hc.Do(req)
		if err != nil {
			last = err
			time.Sleep(200 * time.Millisecond)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			last = fmt.Errorf("registry: %s", resp.Status)
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var v Vehicle
		err = json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		return &v, err
	}
	return nil, last
}

// ReleaseHold lifts the enforcement hold (clamp or tow order) on a plate
// once its fines are cleared.
func (r *Registry) ReleaseHold(ctx context.Context, plate string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v1/holds/"+url.PathEscape(plate)+"/release", nil)
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("registry: release %s: %s", plate, resp.Status)
	}
	return nil
}
