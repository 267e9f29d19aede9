// Package catalog: a storefront's product collections (Shopify-style
// "/admin/api/collections/{id}.json"), polled fast while a bulk import
// publishes them. Not a payment: silent.
package catalog

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type Store struct {
	hc   *http.Client
	base string
}

type collection struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (s *Store) collection(ctx context.Context, id string) (*collection, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/admin/api/collections/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var c collection
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

func (s *Store) WaitPublished(ctx context.Context, id string) error {
	for i := 0; i < 100; i++ {
		c, err := s.collection(ctx, id)
		if err != nil {
			return err
		}
		if c.Status == "published" {
			return nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return nil
}
